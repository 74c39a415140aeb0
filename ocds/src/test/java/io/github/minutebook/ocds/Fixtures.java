package io.github.minutebook.ocds;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.testing.ExportInputs;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real documents the tests export, read where io-json keeps them: the five seed minutes, and
 * the twenty Contracts Finder award notices with the Minutebook records curated from them.
 */
final class Fixtures {
  static final MinutebookJson JSON = MinutebookJson.standard();

  private Fixtures() {}

  /** The seed minutes' files, by name. */
  static List<Path> seeds() {
    return list(ExportInputs.ioJsonResources().resolve("io/github/minutebook/json/seeds"));
  }

  /** The Contracts Finder corpus folders, each with source.json and fixture.json. */
  static List<Path> contractsFinder() {
    return list(ExportInputs.ioJsonResources().resolve("corpus/contracts-finder")).stream().filter(Files::isDirectory).toList();
  }

  static CouncilRecord record(Path file) {
    return JSON.decodeRecord(bytes(file));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
