package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.compact;
import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static io.github.minutebook.cli.ValidateCommandTest.fileLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smaller ways an input could be misread: an empty path, standard input closed, and lines
 * holding only white space with carriage returns.
 */
class InputEdgeCasesTest {
  private static final String LEEDS = "leeds-strategic-commissioning.json";

  @TempDir
  Path dir;

  // --- an empty path ---

  @Test
  void anEmptyPathIsAUsageErrorNotTheCurrentFolder() {
    Cli.Result validate = run("validate", "");
    Cli.Result summarize = run("summarize", "");

    assertEquals(2, validate.exitCode());
    assertEquals("", validate.out());
    assertTrue(validate.err().startsWith(ValidateCommand.EMPTY_PATH + "\n"), validate.err());
    assertEquals(2, summarize.exitCode());
    assertEquals("", summarize.out());
    assertTrue(summarize.err().startsWith("An empty FILE names nothing: name a file, or - for standard input\n"),
        summarize.err());
  }

  @Test
  void anEmptyPathNeverNamesTheCurrentFolderInTheListOfInputs() {
    List<Inputs.Source> sources = Inputs.expand(List.of(""), new ArrayList<>());

    assertEquals(1, sources.size());
    assertTrue(sources.get(0) instanceof Inputs.Unreadable, sources.toString());
  }

  // --- standard input closed ---

  @Test
  void aDescriptorLeadingIntoTheRuntimeOrOurJarIsStandardInputClosed() {
    String home = "/usr/lib/jvm/java-17";
    assertTrue(Inputs.isJavasOwnFile(home + "/lib/modules", home, null));
    assertTrue(Inputs.isJavasOwnFile("/opt/minutebook/minutebook.jar", home, "/opt/minutebook/minutebook.jar"));
    assertTrue(Inputs.isJavasOwnFile("/dev/urandom", home, null));
    assertFalse(Inputs.isJavasOwnFile("pipe:[459171]", home, null));
    assertFalse(Inputs.isJavasOwnFile("/dev/null", home, null));
    assertFalse(Inputs.isJavasOwnFile("/home/clerk/minutes.ndjson", home, "/opt/minutebook/minutebook.jar"));
    assertFalse(Inputs.isJavasOwnFile("/usr/lib/jvm/java-17-minutes.ndjson", home, null));
  }

  @Test
  void closedStandardInputCannotBeRead() {
    Cli.Result result = runWithInput(new Inputs.ClosedInput(), "validate", "-");

    assertEquals(2, result.exitCode());
    assertEquals(List.of("minutebook: cannot read <stdin>: standard input is closed"), result.errLines());
    assertThrows(IOException.class, () -> new Inputs.ClosedInput().read(new byte[8]));
  }

  @Test
  void aProcessStartedWithStandardInputClosedSaysSoInsteadOfReadingSomethingElse() {
    Assumptions.assumeTrue(new File("/proc/self/fd").isDirectory() && new File("/bin/sh").canExecute(),
        "needs Linux and /bin/sh");
    for (String command : List.of("validate", "summarize")) {
      // exec "$@" <&- : the child starts with file descriptor 0 closed
      List<String> line = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" <&-", "sh"));
      line.addAll(ChildJvm.command("64m", command, "-"));

      ChildJvm.Result result = ChildJvm.run(new ProcessBuilder(line), dir);

      assertEquals(2, result.exitCode(), command + ": " + result.err());
      assertEquals("minutebook: cannot read <stdin>: standard input is closed\n", result.err(), command);
    }
  }

  // --- lines of white space and carriage returns ---

  @Test
  void aLineHoldingOnlyCarriageReturnsIsBlankNotARecord() {
    String leeds = compact(LEEDS);
    byte[] ndjson = (leeds + "\n\r\r\n \r\t\n" + leeds + "\r\n\r").getBytes(StandardCharsets.UTF_8);

    Cli.Result validate = runWithInput(ndjson, "validate", "-");
    Cli.Result summarize = runWithInput(ndjson, "summarize", "-");

    assertEquals(0, validate.exitCode(), validate.out());
    assertEquals(fileLine("<stdin>", 2, 2, 0, 0, 0), validate.outLines().get(0));
    assertEquals(0, summarize.exitCode(), summarize.err());
    assertEquals(List.of("== <stdin>, record 1 (line 1)", "== <stdin>, record 2 (line 4)"),
        summarize.outLines().stream().filter(l -> l.startsWith("== ")).toList());
  }

  @Test
  void blankLinesMoveNoLaterLineOrByte() {
    String broken = "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":1}";
    String plain = "\n  \n" + broken + "\n";
    String withReturns = "\n\r\r\n" + broken + "\n";

    Cli.Result expected = runWithInput(plain.getBytes(StandardCharsets.UTF_8), "validate", "--format", "json", "-");
    Cli.Result actual = runWithInput(withReturns.getBytes(StandardCharsets.UTF_8), "validate", "--format", "json", "-");

    assertEquals(1, actual.exitCode());
    assertTrue(actual.out().contains("\"byteOffset\": " + plain.indexOf('{')), actual.out());
    assertEquals(expected.out(), actual.out());
  }

  @Test
  void anArrayAfterMegabytesOfWhiteSpaceIsStillAnArray() {
    String leeds = compact(LEEDS);
    byte[] input = (" \n".repeat(1_500_000) + "[" + leeds + ",\n" + leeds + "]").getBytes(StandardCharsets.UTF_8);

    Cli.Result validate = runWithInput(input, "validate", "-");

    assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    assertEquals(fileLine("<stdin>", 2, 2, 0, 0, 0), validate.outLines().get(0));
  }
}
