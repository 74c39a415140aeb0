package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAndValidateTest {
  static final Path BROMLEY = Path.of("data/bromley-executive-2016-09-14.json");

  @TempDir
  Path temp;

  @Test
  void theBromleyExecutiveIsValidWithNoFindings() throws Exception {
    int[] status = new int[1];
    String out = Output.of(o -> status[0] = ReadAndValidate.run(BROMLEY, o));

    assertEquals(ReadAndValidate.VALID, status[0]);
    assertEquals(String.join("\n",
        BROMLEY + ": 0 violations",
        "VALID: 0 errors, 0 warnings, 0 notes",
        ""), out);
  }

  @Test
  void everyDataFileIsValid() throws Exception {
    for (String name : DataFilesTest.jsonFileNames(DataFilesTest.DATA)) {
      Path file = DataFilesTest.DATA.resolve(name);
      int[] status = new int[1];
      String out = Output.of(o -> status[0] = ReadAndValidate.run(file, o));
      assertEquals(ReadAndValidate.VALID, status[0], out);
      assertTrue(out.contains("\nVALID: 0 errors, "), out);
    }
  }

  @Test
  void aDocumentWithErrorsIsInvalidAndEachViolationIsPrinted() throws Exception {
    Meeting bromley = MinutebookJson.standard().decode(Files.readAllBytes(BROMLEY));
    Path file = temp.resolve("ends-before-it-starts.json");
    Files.write(file, MinutebookJson.standard().encodePretty(bromley.withEndTime(LocalTime.of(18, 30))));

    int[] status = new int[1];
    String out = Output.of(o -> status[0] = ReadAndValidate.run(file, o));

    assertEquals(ReadAndValidate.INVALID, status[0]);
    assertEquals(String.join("\n",
        file + ": 1 violation",
        "  ERROR   meeting.end-before-start",
        "          at endTime",
        "          The meeting ends at 18:30, before it starts at 19:00",
        "INVALID: 1 error, 0 warnings, 0 notes",
        ""), out);
  }

  @Test
  void aDocumentThatCannotBeDecodedIsReportedWithItsLineColumnAndPointer() throws Exception {
    String text = Files.readString(BROMLEY, StandardCharsets.UTF_8);
    String broken = text.replace("\"minuteNumber\": \"81\"", "\"minuteNumber\": 81");
    List<String> lines = Arrays.asList(broken.split("\n", -1));
    int line = lines.indexOf("      \"minuteNumber\": 81,") + 1;
    assertTrue(line > 0);
    Path file = temp.resolve("minute-number-as-a-number.json");
    Files.writeString(file, broken, StandardCharsets.UTF_8);

    int[] status = new int[1];
    String out = Output.of(o -> status[0] = ReadAndValidate.run(file, o));

    assertEquals(ReadAndValidate.UNREADABLE, status[0]);
    // The problem's wording is the decoder's; this example only prints it.
    String problem = assertThrows(MinutebookJsonException.class, () -> MinutebookJson.standard().decode(broken))
        .problem();
    assertEquals(String.join("\n",
        file + ": cannot read the document: " + problem,
        "  at line " + line + ", column 23, JSON Pointer /agendaItems/12/minuteNumber",
        "UNREADABLE",
        ""), out);
  }

  @Test
  void aTruncatedDocumentIsReportedWhereItEnds() throws Exception {
    Path file = temp.resolve("truncated.json");
    Files.write(file, Arrays.copyOf(Files.readAllBytes(BROMLEY), 2998));

    int[] status = new int[1];
    String out = Output.of(o -> status[0] = ReadAndValidate.run(file, o));

    assertEquals(ReadAndValidate.UNREADABLE, status[0]);
    assertTrue(out.startsWith(file + ": cannot read the document: "), out);
    assertTrue(out.contains("\n  at line 136, column 25, JSON Pointer /agendaItems/0/narrative/0/text\n"), out);
  }

  @Test
  void aMissingFileIsUnreadable() throws Exception {
    Path file = temp.resolve("no-such-file.json");
    int[] status = new int[1];
    String out = Output.of(o -> status[0] = ReadAndValidate.run(file, o));

    assertEquals(ReadAndValidate.UNREADABLE, status[0]);
    assertEquals(file + ": cannot read the file: java.nio.file.NoSuchFileException: " + file + "\nUNREADABLE\n", out);
  }

  @Test
  void theDefaultFileIsTheBromleyExecutiveFromTheProjectRoot() throws IOException {
    assertEquals(Path.of("examples").resolve(BROMLEY), ReadAndValidate.DEFAULT_FILE);
    assertTrue(Files.exists(BROMLEY));
  }
}
