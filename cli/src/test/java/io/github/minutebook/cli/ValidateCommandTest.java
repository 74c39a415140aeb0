package io.github.minutebook.cli;

import static io.github.minutebook.cli.Cli.BROMLEY;
import static io.github.minutebook.cli.Cli.BROMLEY_WARNING;
import static io.github.minutebook.cli.Cli.SEEDS;
import static io.github.minutebook.cli.Cli.compact;
import static io.github.minutebook.cli.Cli.copySeeds;
import static io.github.minutebook.cli.Cli.run;
import static io.github.minutebook.cli.Cli.runWithInput;
import static io.github.minutebook.cli.Cli.seed;
import static io.github.minutebook.cli.Cli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  @TempDir
  Path dir;

  /** The five golden documents, as NDJSON: one compact document a line. */
  static String seedsAsNdjson() {
    StringBuilder text = new StringBuilder();
    SEEDS.forEach(name -> text.append(compact(name)).append('\n'));
    return text.toString();
  }

  /** The five golden documents, as one JSON array of the indented files; and the line each starts on. */
  static String seedsAsArray(List<Long> startLines) {
    StringBuilder text = new StringBuilder("[\n");
    for (int i = 0; i < SEEDS.size(); i++) {
      startLines.add(text.chars().filter(c -> c == '\n').count() + 1);
      text.append(seed(SEEDS.get(i)).strip()).append(i < SEEDS.size() - 1 ? ",\n" : "\n");
    }
    return text.append("]\n").toString();
  }

  /** Bromley with the Jadu contract's value made negative: one rule violation. */
  static String bromleyWithNegativeAward() {
    String bromley = compact(BROMLEY);
    assertEquals(1, bromley.split("\"amount\":\"53000.00\"", -1).length - 1);
    return bromley.replace("\"amount\":\"53000.00\"", "\"amount\":\"-53000.00\"");
  }

  static final String NEGATIVE_AWARD = "ERROR contract.negative-value at "
      + "agendaItems[12].resolutions[0].parts[1].contractAwards[0].values[0]: The contract value GBP -53000.00 is negative";

  /**
   * NDJSON with good and bad records: 1 valid; 2 a rule violation (and the seed's warning); 3 cut
   * short; a blank line; 4 an unknown property; 5 valid.
   */
  static Path mixedNdjson(Path dir) {
    String unknownProperty = compact("hackney-executive-response.json")
        .replaceFirst("^\\{\"minutebook\":\"3.0\",\"type\":\"meeting\",", "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"colour\":\"blue\",");
    return write(dir.resolve("mixed.ndjson"), String.join("\n",
        compact("a2020-scrutiny-update.json"),
        bromleyWithNegativeAward(),
        CUT_SHORT,
        "",
        unknownProperty,
        compact("leeds-strategic-commissioning.json")) + "\n");
  }

  /** The third record of {@link #mixedNdjson}, cut short. */
  static final String CUT_SHORT = "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":";

  static final String UNKNOWN_COLOUR = "ERROR json.unreadable at /colour: unknown property \"colour\" in Meeting; "
      + "expected one of [minutebook, type, "
      + ModelShapes.MEETING.properties().stream().map(PropertyShape::name).collect(Collectors.joining(", ")) + "]";

  static String fileLine(Object file, long records, long valid, long invalid, long errors, long warnings) {
    return file + ": records " + records + ", valid " + valid + ", invalid " + invalid + ", errors " + errors
        + ", warnings " + warnings + ", notes 0";
  }

  // --- the golden files ---

  @ParameterizedTest
  @ValueSource(strings = {"a2020-scrutiny-update.json", "bromley-chief-executive-scrutiny.json",
      "hackney-executive-response.json", "leeds-strategic-commissioning.json"})
  void eachGoldenFileIsValidWithNoFindings(String name) {
    Path file = write(dir.resolve(name), seed(name));

    Cli.Result result = run("validate", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of(
        fileLine(file, 1, 1, 0, 0, 0),
        "",
        "Total: files 1, records 1, valid 1, invalid 0, errors 0, warnings 0, notes 0"), result.outLines());
    assertEquals("", result.err());
  }

  @Test
  void bromleyIsValidWithItsOneWarning() {
    Path file = write(dir.resolve(BROMLEY), seed(BROMLEY));

    Cli.Result result = run("validate", file.toString());

    assertEquals(0, result.exitCode());
    assertEquals(List.of(
        file + ":1: record 1: " + BROMLEY_WARNING,
        fileLine(file, 1, 1, 0, 0, 1),
        "",
        "Findings by code:",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 1, valid 1, invalid 0, errors 0, warnings 1, notes 0"), result.outLines());
  }

  @Test
  void aFolderIsSearchedRecursivelyInPathOrder() throws IOException {
    Path folder = copySeeds(dir.resolve("minutes"));
    Path nested = write(folder.resolve("more/stream.jsonl"), compact("leeds-strategic-commissioning.json") + "\n");
    write(folder.resolve("notes.txt"), "not a document");
    write(folder.resolve("more/README.md"), "# not a document");

    Cli.Result result = run("validate", folder.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of(
        fileLine(folder.resolve(SEEDS.get(0)), 1, 1, 0, 0, 0),
        fileLine(folder.resolve(SEEDS.get(1)), 1, 1, 0, 0, 0),
        folder.resolve(BROMLEY) + ":1: record 1: " + BROMLEY_WARNING,
        fileLine(folder.resolve(BROMLEY), 1, 1, 0, 0, 1),
        fileLine(folder.resolve(SEEDS.get(3)), 1, 1, 0, 0, 0),
        fileLine(folder.resolve(SEEDS.get(4)), 1, 1, 0, 0, 0),
        fileLine(nested, 1, 1, 0, 0, 0),
        "",
        "Findings by code:",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 6, records 6, valid 6, invalid 0, errors 0, warnings 1, notes 0"), result.outLines());
  }

  @ParameterizedTest
  @ValueSource(strings = {"seeds.ndjson", "seeds.jsonl", "seeds.txt"})
  void anNdjsonFileOfTheGoldenDocumentsIsValid(String name) {
    Path file = write(dir.resolve(name), seedsAsNdjson());

    Cli.Result result = run("validate", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of(
        file + ":3: record 3: " + BROMLEY_WARNING,
        fileLine(file, 5, 5, 0, 0, 1),
        "",
        "Findings by code:",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 5, valid 5, invalid 0, errors 0, warnings 1, notes 0"), result.outLines());
  }

  @Test
  void aJsonArrayOfTheGoldenDocumentsIsValid() {
    List<Long> starts = new ArrayList<>();
    Path file = write(dir.resolve("seeds.json"), seedsAsArray(starts));

    Cli.Result result = run("validate", file.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals(List.of(
        file + ":" + starts.get(2) + ": record 3: " + BROMLEY_WARNING,
        fileLine(file, 5, 5, 0, 0, 1),
        "",
        "Findings by code:",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 5, valid 5, invalid 0, errors 0, warnings 1, notes 0"), result.outLines());
  }

  @Test
  void standardInputIsNdjsonUnlessItStartsWithABracket() {
    Cli.Result ndjson = runWithInput(seedsAsNdjson().getBytes(StandardCharsets.UTF_8), "validate", "-");
    Cli.Result array = runWithInput(("\n  " + seedsAsArray(new ArrayList<>())).getBytes(StandardCharsets.UTF_8),
        "validate", "-");
    Cli.Result oneLine = runWithInput((compact(BROMLEY) + "\n").getBytes(StandardCharsets.UTF_8), "validate", "-");

    assertEquals(0, ndjson.exitCode(), ndjson.err());
    assertTrue(ndjson.outLines().contains("<stdin>:3: record 3: " + BROMLEY_WARNING), ndjson.out());
    assertTrue(ndjson.outLines().contains(fileLine("<stdin>", 5, 5, 0, 0, 1)), ndjson.out());
    assertEquals(0, array.exitCode(), array.err());
    assertTrue(array.outLines().contains(fileLine("<stdin>", 5, 5, 0, 0, 1)), array.out());
    assertEquals(0, oneLine.exitCode(), oneLine.err());
    assertTrue(oneLine.outLines().contains(fileLine("<stdin>", 1, 1, 0, 0, 1)), oneLine.out());
  }

  @Test
  void filesArraysNdjsonAndStandardInputMixFreely() {
    Path folder = copySeeds(dir.resolve("minutes"));
    Path ndjson = write(dir.resolve("seeds.ndjson"), seedsAsNdjson());
    Path array = write(dir.resolve("seeds-array.json"), seedsAsArray(new ArrayList<>()));

    Cli.Result result = runWithInput(seedsAsNdjson().getBytes(StandardCharsets.UTF_8), "validate",
        folder.toString(), ndjson.toString(), "-", array.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("Total: files 8, records 20, valid 20, invalid 0, errors 0, warnings 4, notes 0",
        result.outLines().get(result.outLines().size() - 1));
  }

  @Test
  void aByteOrderMarkAndLeadingBlankLinesAreAccepted() {
    Path file = dir.resolve("bom.json");
    byte[] text = ("\n\n" + seed("leeds-strategic-commissioning.json")).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    Cli.Result result = run("validate", file.toString());

    assertEquals(0, result.exitCode(), result.out());
    assertEquals(fileLine(file, 1, 1, 0, 0, 0), result.outLines().get(0));
  }

  // --- broken data: exit 1, reported, and the run goes on ---

  @Test
  void emptyAndBrokenFilesAreDataErrorsWithoutAStackTrace() throws IOException {
    Path empty = write(dir.resolve("empty.json"), "");
    Path truncated = write(dir.resolve("truncated.json"), compact(BROMLEY).substring(0, 5000));
    byte[] noise = new byte[4096];
    new java.util.Random(20161914L).nextBytes(noise);
    Path binary = dir.resolve("noise.json");
    Files.write(binary, noise);
    Path good = write(dir.resolve("good.json"), seed("leeds-strategic-commissioning.json"));

    Cli.Result result = run("validate", empty.toString(), truncated.toString(), binary.toString(), good.toString());

    assertEquals(1, result.exitCode());
    List<String> lines = result.outLines();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(empty + ":1:1: record 1: ERROR json.unreadable at (root): "
        + "the document is empty")), result.out());
    assertTrue(lines.contains(truncated + ":1:5001: record 1: ERROR json.unreadable at /agendaItems/4/narrative/0/text: "
        + "Unexpected end-of-input in VALUE_STRING"), result.out());
    assertTrue(lines.contains(binary + ":1: record 1: ERROR json.unreadable at byte 0: the document is not "
        + "well-formed UTF-8"), result.out());
    assertTrue(lines.contains(fileLine(good, 1, 1, 0, 0, 0)), result.out());
    assertTrue(result.outLines().get(result.outLines().size() - 1)
        .startsWith("Total: files 4, records 4, valid 1, invalid 3, errors 3"), result.out());
    assertFalse(result.out().contains("Exception") || result.err().contains("Exception")
        || result.err().contains("\tat "), result.err());
  }

  @Test
  void anEmptyNdjsonFileIsValidButSaidToHoldNoRecords() {
    Path empty = write(dir.resolve("nothing.ndjson"), "");

    Cli.Result result = run("validate", empty.toString());

    assertEquals(0, result.exitCode());
    assertEquals("minutebook: warning: " + empty + " holds no records\n", result.err());
  }

  @Test
  void malformedJsonIsReportedWithItsLineAndColumn() {
    String broken = "{\n  \"minutebook\": \"3.0\", \"type\": \"meeting\",\n  \"date\": \"2016-09-14\"\n  \"status\": \"held\"\n}\n";
    Path file = write(dir.resolve("broken.json"), broken);
    Path good = write(dir.resolve("good.json"), seed("leeds-strategic-commissioning.json"));

    Cli.Result result = run("validate", file.toString(), good.toString());

    assertEquals(1, result.exitCode());
    assertEquals(List.of(
        file + ":4:3: record 1: ERROR json.unreadable " + Cli.rejection(broken),
        fileLine(file, 1, 0, 1, 1, 0),
        fileLine(good, 1, 1, 0, 0, 0),
        "",
        "Findings by code:",
        "  json.unreadable  ERROR    1",
        "",
        "Total: files 2, records 2, valid 1, invalid 1, errors 1, warnings 0, notes 0"), result.outLines());
    assertEquals("", result.err());
  }

  @Test
  void anUnknownPropertyIsReportedWithItsPointer() {
    Path file = write(dir.resolve("unknown.json"), "{\n  \"minutebook\": \"3.0\", \"type\": \"meeting\",\n  \"body\": {\n"
        + "    \"type\": \"body\",\n    \"name\": \"Executive\",\n    \"colour\": \"blue\"\n  }\n}\n");

    Cli.Result result = run("validate", file.toString());

    assertEquals(1, result.exitCode());
    assertEquals(file + ":6:5: record 1: ERROR json.unreadable at /body/colour: unknown property \"colour\" in "
        + "Body; expected one of [type, " + ModelShapes.BODY.properties().stream().map(PropertyShape::name)
        .collect(Collectors.joining(", ")) + "]", result.outLines().get(0));
  }

  @Test
  void aRuleViolationIsReportedWithItsPathAndCode() {
    Path file = write(dir.resolve("negative.json"), bromleyWithNegativeAward());

    Cli.Result result = run("validate", file.toString());

    assertEquals(1, result.exitCode());
    assertEquals(List.of(
        file + ":1: record 1: " + BROMLEY_WARNING,
        file + ":1: record 1: " + NEGATIVE_AWARD,
        fileLine(file, 1, 0, 1, 1, 1),
        "",
        "Findings by code:",
        "  contract.negative-value              ERROR    1",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 1, valid 0, invalid 1, errors 1, warnings 1, notes 0"), result.outLines());
  }

  @Test
  void eachBadRecordOfAnNdjsonFileIsReportedAndTheGoodOnesCounted() {
    Path file = mixedNdjson(dir);

    Cli.Result result = run("validate", file.toString());

    assertEquals(1, result.exitCode());
    assertEquals(List.of(
        file + ":2: record 2: " + BROMLEY_WARNING,
        file + ":2: record 2: " + NEGATIVE_AWARD,
        file + ":3:45: record 3: ERROR json.unreadable " + Cli.rejection(CUT_SHORT),
        file + ":5:38: record 4: " + UNKNOWN_COLOUR,
        fileLine(file, 5, 2, 3, 3, 1),
        "",
        "Findings by code:",
        "  contract.negative-value              ERROR    1",
        "  json.unreadable                      ERROR    2",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 5, valid 2, invalid 3, errors 3, warnings 1, notes 0"), result.outLines());
  }

  @Test
  void malformedJsonInAnArrayEndsThatFileAndTheRunGoesOn() {
    String array = seedsAsArray(new ArrayList<>());
    Path cut = write(dir.resolve("cut.json"), array.substring(0, array.indexOf("\"minutebook\"", 100) + 20));
    Path good = write(dir.resolve("good.json"), seed("leeds-strategic-commissioning.json"));

    Cli.Result result = run("validate", cut.toString(), good.toString());

    assertEquals(1, result.exitCode());
    List<String> lines = result.outLines();
    assertTrue(lines.get(0).startsWith(cut + ":"), lines.get(0));
    assertTrue(lines.get(0).contains(": record 2: ERROR json.unreadable at /1"), lines.get(0));
    assertEquals(fileLine(cut, 2, 1, 1, 1, 0), lines.get(1));
    assertEquals(fileLine(good, 1, 1, 0, 0, 0), lines.get(2));
  }

  @Test
  void malformedUtf8IsReportedAtItsByte() throws IOException {
    byte[] bytes = "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"title\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path document = dir.resolve("latin1.json");
    Path ndjson = dir.resolve("latin1.ndjson");
    Files.write(document, bytes);
    Files.write(ndjson, bytes);

    Cli.Result result = run("validate", document.toString(), ndjson.toString());

    assertEquals(1, result.exitCode());
    assertEquals(document + ":1: record 1: ERROR json.unreadable at byte 49: the document is not well-formed UTF-8",
        result.outLines().get(0));
    assertEquals(ndjson + ":1: record 1: ERROR json.unreadable at byte 49: the document is not well-formed UTF-8",
        result.outLines().get(2));
  }

  @Test
  void aDocumentTooLargeToReadWholeIsReportedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(Inputs.MAX_DOCUMENT_BYTES + 1);
    }

    Cli.Result result = run("validate", file.toString());

    assertEquals(1, result.exitCode());
    assertEquals(file + ":1: record 1: ERROR json.unreadable at (root): the document has 67108865 bytes; at most "
        + "67108864 are read as one document (write large collections as NDJSON, one document a line)",
        result.outLines().get(0));
  }

  // --- unreadable input and bad usage: exit 2 ---

  @Test
  void aMissingFileIsExitCode2AndTheOtherInputsAreStillRead() {
    Path good = write(dir.resolve("good.json"), seed("leeds-strategic-commissioning.json"));
    Path missing = dir.resolve("missing.json");

    Cli.Result result = run("validate", missing.toString(), good.toString());

    assertEquals(2, result.exitCode());
    assertEquals(List.of("minutebook: cannot read " + missing + ": no such file or folder"), result.errLines());
    assertEquals(List.of(
        fileLine(good, 1, 1, 0, 0, 0),
        "",
        "Total: files 1, records 1, valid 1, invalid 0, errors 0, warnings 0, notes 0, unreadable inputs 1"),
        result.outLines());
  }

  @Test
  void aFolderWithNothingToValidateIsExitCode2() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    Cli.Result result = run("validate", empty.toString());

    assertEquals(2, result.exitCode());
    assertEquals(List.of("minutebook: no *.json, *.ndjson or *.jsonl files in " + empty,
        "minutebook: nothing to validate: no *.json, *.ndjson or *.jsonl files in " + empty), result.errLines());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate --bogus x.json", "validate", "validate --max-errors 0 x.json",
      "validate --max-errors many x.json", "validate --format xml x.json", "validate --rules x.json", "",
      "frobnicate", "summarize", "schema extra"})
  void badUsageIsExitCode2WithAMessageAndNoStackTrace(String commandLine) {
    String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

    Cli.Result result = run(args);

    assertEquals(2, result.exitCode(), result.err());
    assertEquals("", result.out());
    assertFalse(result.err().isBlank());
    assertFalse(result.err().contains("\tat "), result.err());
    assertTrue(result.err().startsWith("Unknown option") || result.err().startsWith("Missing")
        || result.err().startsWith("Invalid value") || result.err().startsWith("Unmatched argument")
        || result.err().startsWith("minutebook: ") || result.err().startsWith("--"), result.err());
  }

  @Test
  void helpAndVersion() {
    Cli.Result help = run("--help");
    Cli.Result validateHelp = run("validate", "--help");
    Cli.Result version = run("--version");

    assertEquals(0, help.exitCode());
    assertTrue(help.out().startsWith("Usage: minutebook [-hV] [COMMAND]"), help.out());
    assertEquals(0, validateHelp.exitCode());
    assertTrue(validateHelp.out().contains("--max-errors=N"), validateHelp.out());
    assertEquals(0, version.exitCode());
    assertTrue(version.outLines().get(0).matches("minutebook \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version.out());
  }

  // --- options ---

  @Test
  void quietPrintsNothingWhenValid() {
    Path folder = copySeeds(dir.resolve("minutes"));

    Cli.Result result = run("validate", "--quiet", folder.toString());

    assertEquals(0, result.exitCode());
    assertEquals("", result.out());
    assertEquals("", result.err());
  }

  @Test
  void quietPrintsOneSummaryLineOnStandardErrorWhenInvalid() {
    Cli.Result result = run("validate", "-q", mixedNdjson(dir).toString());

    assertEquals(1, result.exitCode());
    assertEquals("", result.out());
    assertEquals(List.of(
        "minutebook: invalid: files 1, records 5, valid 2, invalid 3, errors 3, warnings 1, notes 0"),
        result.errLines());
  }

  @Test
  void maxErrorsStopsReadingAndSaysSo() {
    Path mixed = mixedNdjson(dir);
    Path later = write(dir.resolve("later.json"), seed("leeds-strategic-commissioning.json"));

    Cli.Result result = run("validate", "--max-errors", "2", mixed.toString(), later.toString());

    assertEquals(1, result.exitCode());
    assertEquals(List.of(
        mixed + ":2: record 2: " + BROMLEY_WARNING,
        mixed + ":2: record 2: " + NEGATIVE_AWARD,
        mixed + ":3:45: record 3: ERROR json.unreadable " + Cli.rejection(CUT_SHORT),
        fileLine(mixed, 3, 1, 2, 2, 1),
        "Stopped after 2 errors (--max-errors 2): the rest of the input was not read.",
        "",
        "Findings by code:",
        "  contract.negative-value              ERROR    1",
        "  json.unreadable                      ERROR    1",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 3, valid 1, invalid 2, errors 2, warnings 1, notes 0"), result.outLines());
  }

  @Test
  void warningsAsErrorsMakesBromleyInvalid() {
    Path file = write(dir.resolve(BROMLEY), seed(BROMLEY));

    Cli.Result plain = run("validate", file.toString());
    Cli.Result strict = run("validate", "--warnings-as-errors", file.toString());
    Cli.Result stopped = run("validate", "--warnings-as-errors", "--max-errors", "1", file.toString(),
        file.toString());

    assertEquals(0, plain.exitCode());
    assertEquals(1, strict.exitCode());
    assertEquals(List.of(
        file + ":1: record 1: " + BROMLEY_WARNING,
        fileLine(file, 1, 0, 1, 0, 1),
        "",
        "Findings by code:",
        "  meeting.declarant-not-in-attendance  WARNING  1",
        "",
        "Total: files 1, records 1, valid 0, invalid 1, errors 0, warnings 1, notes 0"), strict.outLines());
    assertEquals(1, stopped.exitCode());
    assertTrue(stopped.outLines().contains("Stopped after 1 error (--max-errors 1): the rest of the input was not read."),
        stopped.out());
    assertTrue(stopped.outLines().contains("Total: files 1, records 1, valid 0, invalid 1, errors 0, warnings 1, notes 0"),
        stopped.out());
  }

  @Test
  void rulesListsEveryDefaultRuleAndExits0() {
    Cli.Result result = run("validate", "--rules");

    assertEquals(0, result.exitCode());
    List<String> lines = result.outLines();
    assertEquals(io.github.minutebook.validation.MeetingValidator.defaults().rules().size(), lines.size());
    assertEquals(70, lines.size());
    lines.forEach(line -> assertTrue(line.matches("[a-z]+\\.[a-z0-9-]+ +(ERROR|WARNING|INFO) +\\S.*"), line));
    assertTrue(lines.get(0).startsWith("meeting.end-before-start "), lines.get(0));
    assertTrue(lines.stream().anyMatch(line -> line.matches("meeting\\.declarant-not-in-attendance +WARNING +.+")));
    assertTrue(lines.stream().anyMatch(line -> line.matches("contract\\.negative-value +ERROR +.+")));
  }

  @Test
  void theThoroughProfileAddsSixRulesThatReportWhatRecordsLeaveOut() {
    Cli.Result defaults = run("validate", "--rules");
    Cli.Result thorough = run("validate", "--rules", "--profile", "thorough");

    assertEquals(0, thorough.exitCode());
    List<String> added = thorough.outLines().stream().filter(line -> !defaults.outLines().contains(line)).toList();
    assertEquals(6, added.size(), thorough.out());
    assertTrue(added.stream().anyMatch(line -> line.startsWith("reference.malformed-address ")), thorough.out());
  }

  @Test
  void aRelativeLinkIsReportedOnlyByTheThoroughProfile() {
    io.github.minutebook.json.MinutebookJson json = io.github.minutebook.json.MinutebookJson.standard();
    io.github.minutebook.meeting.Meeting hackney = json.decode(seed("hackney-executive-response.json"));
    String relative = json.encodeToString(hackney.withDocuments(io.github.minutebook.reference.Document.builder()
        .title("Report").address("documents/s7942/report.pdf").build()));
    Path file = write(dir.resolve("relative.json"), relative);

    Cli.Result defaults = run("validate", file.toString());
    Cli.Result thorough = run("validate", "--profile", "thorough", file.toString());

    assertEquals(0, defaults.exitCode(), defaults.out());
    assertFalse(defaults.out().contains("reference.malformed-address"), defaults.out());
    assertEquals(0, thorough.exitCode(), thorough.out()); // a warning: still valid
    assertTrue(thorough.out().contains("WARNING reference.malformed-address"), thorough.out());
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    Cli.Result result = run("validate", "--profile", "strict", "-");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("expected default or thorough, not 'strict'"), result.err());
  }

  // --- --from: a record the importer could not convert carries the importer's own codes ---

  /** A real Contracts Finder package with a number put before its release: two records, the first no release. */
  private Path ocdsPackageWithANumberForARelease() throws IOException {
    String real = Files.readString(ConvertCommandTest.CONTRACTS_FINDER
        .resolve("ocds-b5fd17raw-099688de-2418-4cae-beed-a02ebf00fe53.json"));
    assertEquals(1, real.split("\"releases\": \\[", -1).length - 1);
    return write(dir.resolve("package.json"), real.replace("\"releases\": [", "\"releases\": [7, "));
  }

  @Test
  void fromOcdsAReleaseTheImporterCannotConvertIsReportedWithTheImportersCode() throws IOException {
    Path file = ocdsPackageWithANumberForARelease();

    Cli.Result result = run("validate", "--from", "ocds", "--no-progress", file.toString());

    assertEquals(1, result.exitCode(), result.out());
    List<String> lines = result.outLines();
    assertEquals(file + ": record 1: ERROR ocds.not-a-release at /releases/0: releases[0]: a release must be a JSON"
        + " object", lines.get(0));
    assertFalse(result.out().contains(Tally.UNREADABLE_CODE), result.out());
    assertTrue(lines.contains("  ocds.not-a-release  ERROR    1"), result.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("Total: files 1, records 2, valid 1, invalid 1, errors 1, "),
        result.out());
  }

  @Test
  void fromOcdsTheJsonReportGivesTheImportersCodeMessageAndSource() throws IOException {
    Path file = ocdsPackageWithANumberForARelease();

    Cli.Result result = run("validate", "--from", "ocds", "--format", "json", "--no-progress", file.toString());

    assertEquals(1, result.exitCode(), result.out());
    JsonNode report = JsonMapper.builder().build().readTree(result.out());
    JsonNode finding = report.at("/files/0/findings/0");
    assertEquals("{\"record\":1,\"severity\":\"error\",\"code\":\"ocds.not-a-release\","
        + "\"message\":\"a release must be a JSON object\",\"source\":\"releases[0]\",\"pointer\":\"/releases/0\"}",
        finding.toString());
    assertEquals(1, report.at("/summary/invalid").asInt());
    assertEquals(1, report.at("/summary/errors").asInt());
    List<String> codes = new ArrayList<>();
    report.at("/summary/byCode").forEach(count -> {
      if (count.get("severity").asString().equals("error")) {
        codes.add(count.get("code").asString() + " " + count.get("count").asInt());
      }
    });
    assertEquals(List.of("ocds.not-a-release 1"), codes, "the importer's code, counted as an error");
    assertEquals(1, report.get("exitCode").asInt());
  }

  @Test
  void fromOparlADeletedObjectAndAPersonAreReportedWithTheImportersCodes() throws IOException {
    String meeting = Files.readString(Path.of("../oparl/src/test/resources/karlsruhe/meetings/9531.json"));
    Path file = write(dir.resolve("oparl.json"), "[" + meeting + ",\n"
        + "{\"id\": \"https://example.org/oparl/meeting/2\", \"type\": \"https://schema.oparl.org/1.1/Meeting\","
        + " \"deleted\": true},\n"
        + "{\"id\": \"https://example.org/oparl/person/1\", \"type\": \"https://schema.oparl.org/1.1/Person\","
        + " \"name\": \"A. Person\"}]\n");

    Cli.Result result = run("validate", "--from", "oparl", "--no-progress", file.toString());

    assertEquals(1, result.exitCode(), result.out());
    List<String> lines = result.outLines();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ": record 2: ERROR oparl.deleted at /1: ")), result.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ": record 3: ERROR oparl.not-a-record at /2: ")
        && l.endsWith(": an OParl Person is not a meeting or a paper; only Meetings and Papers become records")),
        result.out());
    assertFalse(result.out().contains(Tally.UNREADABLE_CODE), result.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("Total: files 1, records 3, valid 1, invalid 2, errors 2, "),
        result.out());
  }

  @Test
  void from360GivingAGrantInAnUnknownCurrencyIsReportedWithTheImportersCode() throws IOException {
    String grants = Files.readString(
        Path.of("../360giving/src/test/resources/io/github/minutebook/threesixtygiving/anytown-grants.json"));
    Path file = write(dir.resolve("grants.json"), grants.replaceFirst("\"currency\": \"GBP\"", "\"currency\": \"ZZZ\""));

    Cli.Result result = run("validate", "--from", "360giving", "--no-progress", file.toString());

    assertEquals(1, result.exitCode(), result.out());
    List<String> lines = result.outLines();
    assertEquals(file + ": record 1: ERROR 360giving.invalid-grant at /currency: grants[0] (id 360G-anytown-2024-017): "
        + "\"ZZZ\" is not an ISO 4217 currency code", lines.get(0));
    assertFalse(result.out().contains(Tally.UNREADABLE_CODE), result.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("Total: files 1, records 3, valid 2, invalid 1, errors 1, "),
        result.out());
  }
}
