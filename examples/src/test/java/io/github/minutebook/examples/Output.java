package io.github.minutebook.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what an example prints, with line ends as {@code \n} whatever the platform. */
final class Output {
  private Output() {}

  /** Something that prints to a stream and may throw. */
  @FunctionalInterface
  interface Printer {
    void print(PrintStream out) throws Exception;
  }

  /** The text {@code printer} prints. */
  static String of(Printer printer) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      printer.print(out);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
