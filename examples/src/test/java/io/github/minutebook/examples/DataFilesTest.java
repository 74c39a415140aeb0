package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples' data are copies of io-json's golden files, so that the examples run on exactly
 * the documents the format is tested with; these tests stop the copies drifting.
 *
 * <p>Surefire runs in the module's directory, so {@code data/} is {@code examples/data/} and the
 * golden files are beside it in io-json. After the golden files change, refresh the copies and
 * {@code meetings.ndjson} with {@code mvn -pl examples -am verify -Dtest=DataFilesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dminutebook.updateExamplesData=true} and review the
 * diff.
 */
class DataFilesTest {
  static final Path DATA = Path.of("data");
  static final Path GOLDEN = Path.of("../io-json/src/test/resources/io/github/minutebook/json/seeds");
  static final Path NDJSON = DATA.resolve("meetings.ndjson");

  private final MinutebookJson json = MinutebookJson.standard();

  @Test
  void eachJsonFileIsByteForByteTheGoldenFileOfTheSameName() throws IOException {
    if (Boolean.getBoolean("minutebook.updateExamplesData")) {
      update();
    }
    assertEquals(jsonFileNames(GOLDEN), jsonFileNames(DATA), "examples/data must hold exactly the golden files");
    for (String name : jsonFileNames(GOLDEN)) {
      assertArrayEquals(Files.readAllBytes(GOLDEN.resolve(name)), Files.readAllBytes(DATA.resolve(name)),
          "examples/data/" + name + " differs from io-json's golden file");
    }
  }

  @Test
  void meetingsNdjsonHoldsTheFiveMeetingsOneALineInFileNameOrder() throws IOException {
    List<Meeting> golden = goldenMeetings();
    assertEquals(5, golden.size());

    List<Meeting> lines;
    try (InputStream in = Files.newInputStream(NDJSON); Stream<Meeting> meetings = json.readNdjson(in)) {
      lines = meetings.collect(Collectors.toList());
    }
    assertEquals(golden, lines);
    assertArrayEquals(ndjson(golden), Files.readAllBytes(NDJSON), "meetings.ndjson is not what writeNdjson writes");
  }

  private List<Meeting> goldenMeetings() throws IOException {
    List<Meeting> meetings = new ArrayList<>();
    for (String name : jsonFileNames(GOLDEN)) {
      meetings.add(json.decode(Files.readAllBytes(GOLDEN.resolve(name))));
    }
    return meetings;
  }

  private byte[] ndjson(List<Meeting> meetings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeNdjson(meetings, out);
    return out.toByteArray();
  }

  private void update() throws IOException {
    try (Stream<Path> old = Files.list(DATA)) {
      for (Path file : old.filter(p -> p.toString().endsWith(".json")).collect(Collectors.toList())) {
        Files.delete(file);
      }
    }
    for (String name : jsonFileNames(GOLDEN)) {
      Files.copy(GOLDEN.resolve(name), DATA.resolve(name));
    }
    try (OutputStream out = Files.newOutputStream(NDJSON)) {
      out.write(ndjson(goldenMeetings()));
    }
  }

  static List<String> jsonFileNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }
}
