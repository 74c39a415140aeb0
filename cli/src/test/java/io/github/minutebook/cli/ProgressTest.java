package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The progress bar is drawn only where standard error is a terminal. */
class ProgressTest {
  @Test
  void terminalsAreTheTeletypeAndPseudoTerminalDevices() {
    assertTrue(Progress.isTerminalDevice("/dev/pts/3"));
    assertTrue(Progress.isTerminalDevice("/dev/tty1"));
    assertFalse(Progress.isTerminalDevice("pipe:[48213]"));
    assertFalse(Progress.isTerminalDevice("/tmp/minutebook-errors.log"));
    assertFalse(Progress.isTerminalDevice("/dev/null"));
    assertFalse(Progress.isTerminalDevice("socket:[1234]"));
  }

  @Test
  void nothingIsDrawnWhenStandardErrorIsAPipeOrAFile() throws java.io.IOException {
    // Maven runs tests with standard error captured; were they run in a terminal (not forked),
    // there would be nothing to check
    java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isSymbolicLink(fd)
        && !Progress.isTerminalDevice(java.nio.file.Files.readSymbolicLink(fd).toString()),
        "standard error is not captured here");
    assertFalse(Progress.standardErrorIsTerminal());
    assertSame(Progress.NONE, Progress.forTerminal(1_000_000));
  }
}
