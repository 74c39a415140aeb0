package io.github.minutebook.cli;

import java.io.InputStream;
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
  /** An input could not be read (missing file, I/O error), or the command line was wrong. */
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
   * Runs the command once.
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
    int exitCode = commandLine.execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }
}
