package io.github.minutebook.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the {@code minutebook} command, for running it in-process (as the tests do) or from
 * {@link Main}.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * int exitCode = MinutebookCli.run(new String[] {"validate", "minutes/"}, System.in,
 *     new PrintWriter(out), new PrintWriter(System.err, true));
 * }</pre>
 */
public final class MinutebookCli {
  /** All records valid (warnings allowed unless {@code --warnings-as-errors}). */
  public static final int EXIT_VALID = 0;
  /** Invalid data: a rule violation or a record that could not be read as a Minutebook document. */
  public static final int EXIT_INVALID = 1;
  /** An input could not be read (missing file, I/O error), the report could not be written, or the command line was wrong. */
  public static final int EXIT_USAGE = 2;
  /** A bug in Minutebook: an unexpected exception, reported without a stack trace. */
  public static final int EXIT_INTERNAL = 3;

  private MinutebookCli() {}

  /**
   * The {@code minutebook} command with its subcommands, reading {@code -} from {@code stdin}.
   * Set its output and error writers with {@link CommandLine#setOut} and {@link
   * CommandLine#setErr} before {@link CommandLine#execute}.
   *
   * @param stdin what {@code -} reads
   * @return the command, ready to execute
   */
  public static CommandLine commandLine(InputStream stdin) {
    CommandLine commandLine = new CommandLine(new MinutebookCommand());
    commandLine.addSubcommand(new CommandLine(new ValidateCommand(stdin)));
    commandLine.addSubcommand(new CommandLine(new SchemaCommand()));
    commandLine.addSubcommand(new CommandLine(new SummarizeCommand(stdin)));
    commandLine.addSubcommand(new CommandLine(new ConvertCommand(stdin)));
    commandLine.addSubcommand(new CommandLine(new ImportCommand()));
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      TerminalText.println(cmd.getErr(), "minutebook: internal error: " + e);
      cmd.getErr().flush();
      return EXIT_INTERNAL;
    });
    // picocli's own handler prints the message raw, and the message quotes the argument
    commandLine.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      PrintWriter err = cmd.getErr();
      TerminalText.println(err, String.valueOf(e.getMessage()));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        cmd.usage(err);
      }
      err.flush();
      return cmd.getCommandSpec().exitCodeOnInvalidInput();
    });
    return commandLine;
  }

  /**
   * Runs the command once, writing UTF-8 to the streams given, as {@link Main} does with the
   * process's standard output and error. If the report cannot be written (a full disk, a closed
   * pipe), the command stops, says so on {@code err} ({@code minutebook: cannot write the report:
   * why}) and exits with {@link #EXIT_USAGE}.
   *
   * @param args the command line, without the program name
   * @param stdin what {@code -} reads
   * @param out where reports go
   * @param err where diagnostics and progress go
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, OutputStream out, OutputStream err) {
    return run(args, stdin, CheckedWriter.of(out, false), CheckedWriter.of(err, true));
  }

  /**
   * Runs the command once. A {@code PrintWriter} hides write errors, so that with writers other
   * than {@link #run(String[], InputStream, OutputStream, OutputStream)}'s an error of {@code out}
   * is noticed only at the end ({@link PrintWriter#checkError()}); it still gives exit code 2.
   *
   * @param args the command line, without the program name
   * @param stdin what {@code -} reads
   * @param out where reports go
   * @param err where diagnostics and progress go
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(stdin);
    commandLine.setOut(out);
    commandLine.setErr(err);
    int exitCode;
    try {
      exitCode = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // records too large for the heap are reported where they are read; this is what is left
      TerminalText.println(err, "minutebook: internal error: out of the memory given to Java ("
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); run java with a larger -Xmx");
      exitCode = EXIT_INTERNAL;
    } catch (StackOverflowError | LinkageError | AssertionError e) {
      TerminalText.println(err, "minutebook: internal error: " + e); // a bug: one line, no stack trace
      exitCode = EXIT_INTERNAL;
    }
    out.flush();
    String failure = CheckedWriter.failure(out);
    if (failure != null) {
      // the report is lost, whole or in part: never a success, and a bug stays a bug
      TerminalText.println(err, "minutebook: cannot write the report: " + failure);
      exitCode = exitCode == EXIT_INTERNAL ? EXIT_INTERNAL : EXIT_USAGE;
    }
    err.flush();
    return exitCode;
  }
}
