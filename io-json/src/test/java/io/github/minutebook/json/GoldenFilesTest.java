package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.seeds.Seed000A2020ScrutinyUpdate;
import io.github.minutebook.seeds.Seed001HackneyExecutiveResponse;
import io.github.minutebook.seeds.Seed002BromleyExecutive;
import io.github.minutebook.seeds.Seed003LeedsStrategicCommissioning;
import io.github.minutebook.seeds.Seed004BromleyChiefExecutiveScrutiny;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The five seed minutes as JSON documents: decoding each golden file gives the meeting the core
 * fixtures build, and encoding that meeting gives the file's bytes exactly.
 *
 * <p>After a deliberate change to the format, regenerate the files with {@code mvn -pl io-json
 * test -Dtest=GoldenFilesTest -Dminutebook.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
  static final String DIRECTORY = "/io/github/minutebook/json/seeds/";

  /** The golden files, by name, with the fixture each must equal. */
  static Map<String, Supplier<Meeting>> files() {
    Map<String, Supplier<Meeting>> files = new LinkedHashMap<>();
    files.put("a2020-scrutiny-update.json", Seed000A2020ScrutinyUpdate::meeting);
    files.put("hackney-executive-response.json", Seed001HackneyExecutiveResponse::meeting);
    files.put("bromley-executive-2016-09-14.json", Seed002BromleyExecutive::meeting);
    files.put("leeds-strategic-commissioning.json", Seed003LeedsStrategicCommissioning::meeting);
    files.put("bromley-chief-executive-scrutiny.json", Seed004BromleyChiefExecutiveScrutiny::meeting);
    return files;
  }

  private final MinutebookJson json = MinutebookJson.standard();

  @Test
  void eachGoldenFileDecodesToItsFixtureAndEncodesBackToTheSameBytes() throws IOException {
    if (Boolean.getBoolean("minutebook.updateGolden")) {
      Path dir = Path.of("src/test/resources" + DIRECTORY);
      Files.createDirectories(dir);
      for (Map.Entry<String, Supplier<Meeting>> file : files().entrySet()) {
        Files.write(dir.resolve(file.getKey()), json.encodePretty(file.getValue().get()));
      }
    }
    for (Map.Entry<String, Supplier<Meeting>> file : files().entrySet()) {
      byte[] golden = read(file.getKey());
      Meeting expected = file.getValue().get();
      assertEquals(expected, json.decode(golden), file.getKey());
      assertArrayEquals(golden, json.encodePretty(expected), file.getKey() + " is not what the encoder writes");
    }
  }

  @Test
  void encodingIsDeterministic() {
    files().forEach((name, meeting) -> {
      assertArrayEquals(json.encode(meeting.get()), json.encode(meeting.get()), name);
      assertArrayEquals(json.encode(meeting.get()), MinutebookJson.builder().build().encode(meeting.get()), name);
    });
  }

  @Test
  void theBromleyExecutiveDocumentStartsWithTheFormatVersion() throws IOException {
    String text = new String(read("bromley-executive-2016-09-14.json"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\n  \"minutebook\": \"3.0\",\n  \"type\": \"meeting\",\n"), text.substring(0, 40));
  }

  static byte[] read(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(DIRECTORY + name)) {
      assertTrue(in != null, "no golden file " + name);
      return in.readAllBytes();
    }
  }
}
