package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.BROMLEY;
import static io.github.minutebook.cli.Cli.golden;
import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static io.github.minutebook.cli.Cli.seed;
import static io.github.minutebook.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minutebook summarize} on the golden files. */
class SummarizeCommandTest {
  @TempDir
  Path dir;

  /** The lines of {@code lines} from the one equal to {@code heading} to the next blank line or heading. */
  static List<String> section(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    assertTrue(start >= 0, "no section " + heading + " in " + lines);
    int end = start + 1;
    while (end < lines.size() && lines.get(end).startsWith("  ")) {
      end++;
    }
    return lines.subList(start + 1, end);
  }

  @Test
  void bromleyExecutive() {
    Path file = write(dir.resolve(BROMLEY), golden(BROMLEY));

    Cli.Result result = run("summarize", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
    List<String> lines = result.outLines();
    assertEquals(List.of("Authority: London Borough of Bromley", "Body: Executive", "Date: 2016-09-14",
        "Status: adjourned", "", "Items (21):"), lines.subList(0, 6));
    assertEquals("  69  APOLOGIES FOR ABSENCE [no business]", lines.get(6));
    assertEquals("  81  UPGRADE OF WEBSITE [decided]", lines.get(18));
    // Capital funded from capital receipts: £176k for the website (81) + £136k for the canal bank (82).
    // Minute 73's £949k is recommended to Council and its £141k subject to further approval: they
    // are listed under their own standing, never added to what the Executive approved.
    assertEquals(List.of(
        "  approved:",
        "    capital receipts, no financial year: GBP 312,000.00 (2 allocations)",
        "    source not stated, 2017/18: GBP 535,500.00 (1 allocation)",
        "    source not stated, no financial year: GBP 1,071,000.00 (1 allocation)",
        "  recommended:",
        "    source not stated, 2016/17: GBP 949,000.00 (1 allocation)",
        "  subject to further approval:",
        "    source not stated, 2016/17: GBP 141,000.00 (1 allocation)"),
        section(lines, "Funding by status, source and financial year:"));
    assertEquals(List.of(
        "  Minute 81: UPGRADE OF WEBSITE",
        "    (1) allocate funding: a sum of £176K be included in the latest Capital Programme for the upgrade of the "
            + "Web content man...",
        "        funding: GBP 176,000.00 one-off, approved, from capital receipts",
        "    (2) award contract: officers proceed to commission Jadu Ltd to upgrade the Web content management "
            + "system as a negotia...",
        "        contract: direct award (direct), Jadu Ltd, estimated GBP 53,000.00"),
        section(lines, "Decisions:").subList(section(lines, "Decisions:").indexOf("  Minute 81: UPGRADE OF WEBSITE"),
            section(lines, "Decisions:").indexOf("  Minute 81: UPGRADE OF WEBSITE") + 5));
    assertEquals(List.of(
        "  approval to procure: 1 decision",
        "    minute 74 (2): no supplier yet; intermediate care service",
        "  market test: 1 decision",
        "    minute 78 (1): no supplier yet, estimated GBP 220,000.00 per annum; Domestic Violence and Violence "
            + "Against Women and Girls Services",
        "  award: 2 decisions",
        "    minute 86: supplier withheld; provision of Supported Living Services at the Coppice/Spinney and the Glade",
        "    minute 89: supplier withheld; main contract (Phase 1) of the capital scheme at Stewart Fleming Primary "
            + "School",
        "  call off: 1 decision",
        "    minute 80 (2): Adecco; future provision of agency staff",
        "  direct award (direct): 2 decisions",
        "    minute 81 (2): Jadu Ltd, estimated GBP 53,000.00; upgrade of the Web content management system to Jadu "
            + "Continuum",
        "    minute 81 (4): Blue Sky, estimated GBP 20,000.00; a temporary environment to enable the upgrade process",
        "  variation: 1 decision",
        "    minute 81 (3): Liberata, estimated GBP 116,000.00; upgrade the components of the MyBromley Account web "
            + "portal and provide staff resource to transiti...",
        "  use of existing contract: 1 decision",
        "    minute 82: FM Conway Ltd, estimated GBP 136,000.00; repair of the failed retaining wall of the Betts Park "
            + "Canal bank"),
        section(lines, "Contract decisions by stage and route:"));
    assertEquals(List.of(
        "  (supplier withheld): 2 decisions, no value stated",
        "  Adecco: 1 decision, no value stated",
        "  Blue Sky: 1 decision, GBP 20,000.00",
        "  FM Conway Ltd: 1 decision, GBP 136,000.00",
        "  Jadu Ltd: 1 decision, GBP 53,000.00",
        "  Liberata: 1 decision, GBP 116,000.00"),
        section(lines, "Contract decisions by supplier:"));
  }

  @Test
  void eachMeetingOfAnNdjsonStreamIsSummarised() {
    Cli.Result result = runWithInput(ValidateCommandTest.seedsAsNdjson().getBytes(StandardCharsets.UTF_8),
        "summarize", "-");

    assertEquals(0, result.exitCode(), result.err());
    List<String> headings = result.outLines().stream().filter(line -> line.startsWith("== ")).toList();
    assertEquals(List.of("== <stdin>, record 1 (line 1)", "== <stdin>, record 2 (line 2)",
        "== <stdin>, record 3 (line 3)", "== <stdin>, record 4 (line 4)", "== <stdin>, record 5 (line 5)"), headings);
    assertEquals(5, result.outLines().stream().filter(line -> line.startsWith("Authority: ")).count());
  }

  @Test
  void everyGoldenFileCanBeSummarised() {
    for (String name : Cli.SEEDS) {
      Path file = write(dir.resolve(name), seed(name));

      Cli.Result result = run("summarise", file.toString());

      assertEquals(0, result.exitCode(), name + ": " + result.err());
      assertTrue(result.outLines().get(0).startsWith("Authority: "), result.out());
    }
  }

  @Test
  void aBadRecordIsReportedOnStandardErrorAndTheOthersSummarised() {
    Path file = ValidateCommandTest.mixedNdjson(dir);

    Cli.Result result = run("summarize", file.toString());

    assertEquals(1, result.exitCode());
    assertEquals(List.of(
        file + ":3:45: record 3: ERROR json.unreadable " + Cli.rejection(ValidateCommandTest.CUT_SHORT),
        file + ":5:38: record 4: " + ValidateCommandTest.UNKNOWN_COLOUR), result.errLines());
    assertEquals(3, result.outLines().stream().filter(line -> line.startsWith("== ")).count());
  }

  @Test
  void aMissingFileIsExitCode2() {
    Path missing = dir.resolve("missing.json");

    Cli.Result result = run("summarize", missing.toString());

    assertEquals(2, result.exitCode());
    assertEquals(List.of("minutebook: cannot read " + missing + ": no such file or folder"), result.errLines());
  }
}
