package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.BROMLEY;
import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static io.github.minutebook.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Human output never passes a control character from the data or a file name to the terminal:
 * escape sequences, carriage returns, line ends, bidirectional controls and hyperlinks are shown
 * escaped, so that a value can neither act on the terminal nor forge a line of the report. The
 * JSON report keeps the exact text.
 */
class TerminalInjectionTest {
  /** Clears the screen. */
  static final String CLEAR = "\u001b[2J";
  /** A forged line: what a grep-based check would read as a clean report. */
  static final String FORGED = "\r\nrecords 1, valid 1";
  /** An OSC 8 hyperlink, shown as "click" and leading elsewhere. */
  static final String HYPERLINK = "\u001b]8;;https://example.invalid/\u0007click\u001b]8;;\u0007";
  /** Right-to-left override: shows "gnp.exe" as "exe.png". */
  static final String BIDI = "\u202Egnp.exe";

  static final String ATTACK = CLEAR + FORGED + HYPERLINK + BIDI;

  @TempDir
  Path dir;

  /** Fails if {@code text} holds a character that acts on a terminal, other than the report's own line ends. */
  static void assertSafeForATerminal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
      assertFalse(control, "U+" + Integer.toHexString(c) + " at " + i + " in: " + text);
    }
    assertFalse(Cli.lines(text).stream().anyMatch(line -> line.startsWith("records 1")), text);
  }

  // --- the escaping function ---

  @Test
  void controlCharactersAreEscapedAndEveryScriptIsKept() {
    assertEquals("\\u001B[2J", TerminalText.escape(CLEAR));
    assertEquals("\\r\\nrecords 1, valid 1", TerminalText.escape(FORGED));
    assertEquals("tab\\there", TerminalText.escape("tab\there"));
    assertEquals("\\u001B]8;;https://example.invalid/\\u0007click\\u001B]8;;\\u0007", TerminalText.escape(HYPERLINK));
    assertEquals("\\u202Egnp.exe", TerminalText.escape(BIDI));
    assertEquals("\\u2066isolate\\u2069 \\u202Aembed\\u202C \\u200Fmark", TerminalText.escape(
        "\u2066isolate\u2069 \u202Aembed\u202C \u200Fmark"));
    assertEquals("csi\\u009B2J del\\u007F nul\\u0000", TerminalText.escape("csi\u009b2J del\u007f nul\u0000"));
    assertEquals("line\\u2028para\\u2029", TerminalText.escape("line\u2028para\u2029"));
    String scripts = "Café Zoë, 会議, Ελλάδα, \u05e2\u05d9\u05e8\u05d9\u05d9\u05d4, \u0645\u062c\u0644\u0633";
    assertEquals(scripts, TerminalText.escape(scripts));
  }

  @Test
  void aLoneSurrogateIsEscapedAndAPairIsKept() {
    assertEquals("a\\uD800b \uD83D\uDCDC", TerminalText.escape("a\uD800b \uD83D\uDCDC"));
    assertEquals("\\uDC00", TerminalText.escape("\uDC00"));
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsItIs() {
    String text = "Minute 81: UPGRADE OF WEBSITE";
    assertTrue(text == TerminalText.escape(text));
  }

  // --- validate ---

  /** Bromley with the declarant's post replaced by {@code name}: the warning's message echoes it. */
  private static String bromleyWithDeclarant(String name) {
    String json = JsonMapper.builder().build().writeValueAsString(name); // the name as a JSON string
    String bromley = Cli.compact(BROMLEY);
    assertTrue(bromley.contains("\"Director of Corporate Services\""));
    return bromley.replace("\"Director of Corporate Services\"", json);
  }

  @Test
  void aNameInAFindingCannotClearTheScreenOrForgeAReportLine() {
    Path file = write(dir.resolve("attack.json"), bromleyWithDeclarant(ATTACK));

    Cli.Result result = run("validate", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertSafeForATerminal(result.out());
    assertEquals(List.of(
        file + ":1: record 1: WARNING meeting.declarant-not-in-attendance at declarations[0].person: "
            + TerminalText.escape(ATTACK) + " made a declaration at this meeting but is recorded as sending apologies",
        ValidateCommandTest.fileLine(file, 1, 1, 0, 0, 1)), result.outLines().subList(0, 2));
    assertTrue(result.out().contains("\\u001B[2J\\r\\nrecords 1, valid 1\\u001B]8;;https://example.invalid/\\u0007"
        + "click\\u001B]8;;\\u0007\\u202Egnp.exe"), result.out());
  }

  @Test
  void theJsonReportKeepsTheExactText() {
    Path file = write(dir.resolve("attack.json"), bromleyWithDeclarant(ATTACK));

    Cli.Result result = run("validate", "--format", "json", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    String person = JsonMapper.builder().build().readTree(result.out()).get("files").get(0).get("findings").get(0)
        .get("parameters").get("person").asString();
    assertEquals(ATTACK, person);
  }

  @Test
  void anUnknownPropertyAndABadCodeAreEchoedEscaped() {
    String document = "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"status\":\"\\u001b[2J\\r\\nrecords 1, valid 1\"}\n"
        + "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"\\u001b]8;;https://x/\\u0007\":1}\n";

    Cli.Result result = runWithInput(document.getBytes(StandardCharsets.UTF_8), "validate", "-");

    assertEquals(1, result.exitCode());
    assertSafeForATerminal(result.out());
    assertTrue(result.outLines().get(0).endsWith(
        "at /status: \"\\u001B[2J\\r\\nrecords 1, valid 1\" is not one of [scheduled, confirmed, held, adjourned, "
            + "postponed, cancelled]"), result.out());
    assertTrue(result.outLines().get(1).contains("unknown property \"\\u001B]8;;https://x/\\u0007\" in Meeting"),
        result.out());
  }

  @Test
  void fileNamesAreEscapedInTheReportAndOnStandardError() throws IOException {
    Path bad = write(dir.resolve("bad" + CLEAR + "\nrecords 1, valid 1.json"), "{\"minutebook\":\"3.0\"");
    Path empty = write(dir.resolve("empty\u001b]8;;https:x\u0007.ndjson"), ""); // no slash: one file
    Path missing = dir.resolve("missing\r\u202E.json");

    Cli.Result result = run("validate", bad.toString(), empty.toString(), missing.toString());

    assertEquals(2, result.exitCode());
    assertSafeForATerminal(result.out());
    assertSafeForATerminal(result.err());
    assertTrue(result.out().contains(dir + "/bad\\u001B[2J\\nrecords 1, valid 1.json:1:"), result.out());
    assertEquals(List.of(
        "minutebook: warning: " + dir + "/empty\\u001B]8;;https:x\\u0007.ndjson holds no records",
        "minutebook: cannot read " + dir + "/missing\\r\\u202E.json: no such file or folder"), result.errLines());
    assertTrue(Files.exists(bad));
  }

  @Test
  void aFolderOfFilesWithControlCharactersInTheirNamesIsReportedEscaped() {
    write(dir.resolve("minutes/a" + FORGED + ".json"), Cli.seed(BROMLEY));

    Cli.Result result = run("validate", dir.resolve("minutes").toString());

    assertEquals(0, result.exitCode(), result.err());
    assertSafeForATerminal(result.out());
    assertTrue(result.out().contains("/a\\r\\nrecords 1, valid 1.json:1: record 1: WARNING"), result.out());
  }

  @Test
  void aBadOptionIsEchoedEscaped() {
    Cli.Result result = run("validate", "--" + CLEAR + FORGED, "x.json");

    assertEquals(2, result.exitCode());
    assertSafeForATerminal(result.err());
    assertTrue(result.err().startsWith("Unknown option: '--\\u001B[2J\\r\\nrecords 1, valid 1'"), result.err());
  }

  // --- summarize ---

  @Test
  void summarizeEscapesTitlesNamesAndNumbers() {
    MinutebookJson json = MinutebookJson.standard();
    Meeting bromley = json.decode(Cli.golden(BROMLEY));
    Meeting attacked = bromley.withTitle(ATTACK).withAgendaItems(bromley.agendaItems().get(0)
        .withMinuteNumber(CLEAR + "69").withTitle("APOLOGIES" + FORGED));
    byte[] input = (json.encodeToString(attacked) + "\n").getBytes(StandardCharsets.UTF_8);

    Cli.Result result = runWithInput(input, "summarize", "-");

    assertEquals(0, result.exitCode(), result.err());
    assertSafeForATerminal(result.out());
    assertTrue(result.outLines().contains("Title: " + TerminalText.escape(ATTACK)), result.out());
    assertTrue(result.outLines().contains("  \\u001B[2J69  APOLOGIES\\r\\nrecords 1, valid 1 [no business]"),
        result.out());
  }

  @Test
  void summarizeEscapesTheNameOfAFileItCannotRead() {
    Path missing = dir.resolve("gone" + CLEAR + ".json");

    Cli.Result result = run("summarize", missing.toString());

    assertEquals(2, result.exitCode());
    assertSafeForATerminal(result.err());
    assertEquals(List.of("minutebook: cannot read " + dir + "/gone\\u001B[2J.json: no such file or folder"),
        result.errLines());
  }
}
