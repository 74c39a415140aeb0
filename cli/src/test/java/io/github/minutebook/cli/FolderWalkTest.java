package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.BROMLEY;
import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.seed;
import static io.github.minutebook.cli.Cli.write;
import static io.github.minutebook.cli.ValidateCommandTest.fileLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder given to {@code validate} is read whole, and nothing in it is skipped without a word:
 * links to files and folders are followed, a folder reached twice is read once, and what cannot
 * be read (a broken link, an unreadable entry, a pipe) is reported and makes the exit code 2.
 */
class FolderWalkTest {
  private static final String LEEDS = "leeds-strategic-commissioning.json";

  @TempDir
  Path dir;

  private Path minutes() {
    return write(dir.resolve("minutes/" + LEEDS), seed(LEEDS)).getParent();
  }

  @Test
  void aLinkedFileIsValidatedAndAnInvalidOneFailsTheRun() throws IOException {
    Path minutes = minutes();
    Path outside = write(dir.resolve("elsewhere/negative.json"), ValidateCommandTest.bromleyWithNegativeAward());
    Path link = Files.createSymbolicLink(minutes.resolve("linked.json"), outside);

    Cli.Result result = run("validate", minutes.toString());

    assertEquals(1, result.exitCode(), result.out());
    assertTrue(result.outLines().contains(link + ":1: record 1: " + ValidateCommandTest.NEGATIVE_AWARD), result.out());
    assertTrue(result.outLines().contains(fileLine(minutes.resolve(LEEDS), 1, 1, 0, 0, 0)), result.out());
    assertEquals("", result.err());
  }

  @Test
  void aLinkedFolderIsSearchedLikeAnyOther() throws IOException {
    Path minutes = minutes();
    Path shared = write(dir.resolve("shared/2016/" + BROMLEY), seed(BROMLEY)).getParent().getParent();
    Files.createSymbolicLink(minutes.resolve("shared"), shared);

    Cli.Result result = run("validate", minutes.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.outLines().contains(fileLine(minutes.resolve("shared/2016/" + BROMLEY), 1, 1, 0, 0, 1)),
        result.out());
    assertEquals("Total: files 2, records 2, valid 2, invalid 0, errors 0, warnings 1, notes 0",
        result.outLines().get(result.outLines().size() - 1));
  }

  @Test
  void aBrokenLinkWithOurExtensionIsAnInputThatCannotBeRead() throws IOException {
    Path minutes = minutes();
    Path gone = Files.createSymbolicLink(minutes.resolve("gone.json"), dir.resolve("deleted.json"));

    Cli.Result result = run("validate", minutes.toString());

    assertEquals(2, result.exitCode(), result.err());
    assertEquals(List.of("minutebook: cannot read " + gone + ": a broken link to " + dir.resolve("deleted.json")
        + " (no such file or folder)"), result.errLines());
    assertTrue(result.out().endsWith(", unreadable inputs 1\n"), result.out());
  }

  @Test
  void aBrokenLinkWithAnotherNameIsNotedButDoesNotFailTheRun() throws IOException {
    Path minutes = minutes();
    Path other = Files.createSymbolicLink(minutes.resolve("archive"), dir.resolve("unmounted"));

    Cli.Result result = run("validate", minutes.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of("minutebook: skipped " + other + ": a broken link to " + dir.resolve("unmounted")
        + " (no such file or folder)"), result.errLines());
  }

  @Test
  void aLinkBackToAFolderThatHoldsItIsReadOnceAndSaidSo() throws IOException {
    Path minutes = minutes();
    Path loop = Files.createSymbolicLink(minutes.resolve("loop"), minutes);

    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", minutes.toString()));

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of("minutebook: " + loop + " is a link to a folder that holds it; it is read once"),
        result.errLines());
    assertEquals(List.of(fileLine(minutes.resolve(LEEDS), 1, 1, 0, 0, 0), "",
        "Total: files 1, records 1, valid 1, invalid 0, errors 0, warnings 0, notes 0"), result.outLines());
  }

  @Test
  void foldersEachLinkingTwiceToTheNextAreReadOnceEachNotTwoToTheNTimes() throws IOException {
    // without reading each folder once, 24 levels would be 2^24 walks of the last folder
    Path root = dir.resolve("chain");
    Path level = write(root.resolve("level0/" + LEEDS), seed(LEEDS)).getParent();
    for (int i = 1; i <= 24; i++) {
      Path next = Files.createDirectories(root.resolve("level" + i));
      Files.createSymbolicLink(next.resolve("a"), level);
      Files.createSymbolicLink(next.resolve("b"), level);
      level = next;
    }

    Path top = level;
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", top.toString()));

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("Total: files 1, records 1, valid 1, invalid 0, errors 0, warnings 0, notes 0",
        result.outLines().get(result.outLines().size() - 1));
    assertEquals(24, result.errLines().size(), result.err());
    result.errLines().forEach(line -> assertTrue(
        line.endsWith(" leads to a folder already read under another name; it is read once"), line));
  }

  @Test
  void anUnreadableSubFolderIsReportedAndFailsTheRun() throws IOException {
    Path minutes = minutes();
    Path locked = write(minutes.resolve("locked/" + BROMLEY), seed(BROMLEY)).getParent();
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "permissions do not bind here (running as root)");

      Cli.Result result = run("validate", minutes.toString());

      assertEquals(2, result.exitCode(), result.err());
      assertEquals(List.of("minutebook: cannot read " + locked + ": permission denied"), result.errLines());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aPipeWithOurExtensionIsReportedNotSkipped() throws IOException, InterruptedException {
    Path minutes = minutes();
    Path fifo = minutes.resolve("stream.ndjson");
    Assumptions.assumeTrue(new File("/usr/bin/mkfifo").canExecute() || new File("/bin/mkfifo").canExecute(),
        "no mkfifo here");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

    Cli.Result result = run("validate", minutes.toString());

    assertEquals(2, result.exitCode(), result.err());
    assertEquals(List.of("minutebook: cannot read " + fifo + ": not a regular file (a pipe, a device or a socket)"),
        result.errLines());
  }
}
