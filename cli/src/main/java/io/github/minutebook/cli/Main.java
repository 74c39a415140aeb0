package io.github.minutebook.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

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
   * Runs the command and exits with its exit code: 0 all valid, 1 invalid data, 2 unreadable input,
   * a report that could not be written or bad usage, 3 an internal error.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int exitCode = MinutebookCli.run(args, Inputs.standardInput(System.in), new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err));
    System.exit(exitCode);
  }
}
