package io.github.minutebook.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code minutebook} ({@link Main}) in a Java virtual machine of its own, for what cannot be
 * staged in-process: the process's real standard streams, and a small heap.
 */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * What the child did.
   *
   * @param exitCode its exit code
   * @param out its standard output, when it was not redirected elsewhere
   * @param err its standard error
   */
  record Result(int exitCode, String out, String err) {}

  /** The {@code java} that runs the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The tests' class path: the module's classes and every dependency. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** The command line of a child running {@code Main} with {@code args}, on a heap of at most {@code heap}. */
  static List<String> command(String heap, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:+UseSerialGC",
        "-cp", classPath(), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code builder}, waiting at most a minute, and keeps its standard output and error. */
  static Result run(ProcessBuilder builder, Path scratch) {
    try {
      Path out = Files.createTempFile(scratch, "out", ".txt");
      Path err = Files.createTempFile(scratch, "err", ".txt");
      if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
        builder.redirectOutput(out.toFile());
      }
      builder.redirectError(err.toFile());
      if (builder.redirectInput() == ProcessBuilder.Redirect.PIPE) {
        builder.redirectInput(new File("/dev/null"));
      }
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the child did not finish in a minute: " + builder.command());
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
