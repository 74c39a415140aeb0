package io.github.minutebook.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code minutebook.jar}: runs the {@code minutebook} command with the
 * process's arguments, standard streams and exit code.
 *
 * <pre>{@code
 * java -jar minutebook.jar validate minutes/ --format json
 * }</pre>
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits with its exit code: 0 all valid, 1 invalid data, 2 unreadable input
   * or bad usage, 3 an internal error.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int exitCode = MinutebookCli.run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }
}
