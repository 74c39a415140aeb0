package io.github.minutebook.json.testing;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the export tests export: io-json's real-minutes corpus (every {@code fixture.json} of
 * {@code corpus/<family>/<document>/}, and the five seed minutes), read where io-json keeps them,
 * and meetings from core's generator.
 *
 * <p>Shared through io-json's test jar by the exporters' tests (OParl, Open Civic Data), so that
 * they export the same records. The files are read from io-json's source folder, relative to the
 * module folder surefire runs in, so this works from any module that sits beside io-json.
 */
public final class ExportInputs {
  private static final MinutebookJson JSON = MinutebookJson.standard();
  /** The generator's seed: the generated records are the same every run. */
  public static final long SEED = 20261205L;

  private ExportInputs() {}

  /** io-json's test resources, from the module's folder (where surefire runs). */
  public static Path ioJsonResources() {
    Path path = Path.of("..", "io-json", "src", "test", "resources");
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("io-json's test resources are not at " + path.toAbsolutePath());
    }
    return path;
  }

  /** The corpus fixtures and the seed minutes, by file, in a fixed order. */
  public static List<Path> corpus() {
    List<Path> files = new ArrayList<>();
    for (Path family : list(ioJsonResources().resolve("corpus"))) {
      if (Files.isDirectory(family)) {
        for (Path document : list(family)) {
          Path fixture = document.resolve("fixture.json");
          if (Files.isRegularFile(fixture)) {
            files.add(fixture);
          }
        }
      }
    }
    files.addAll(list(ioJsonResources().resolve("io/github/minutebook/json/seeds")));
    return files;
  }

  /** A corpus file's name for messages: {@code oparl/karlsruhe-gemeinderat-2024-09-24}. */
  public static String name(Path file) {
    return file.getFileName().toString().equals("fixture.json")
        ? file.getParent().getParent().getFileName() + "/" + file.getParent().getFileName()
        : "seeds/" + file.getFileName();
  }

  /** The record in a corpus file, decoded with the standard Minutebook reader. */
  public static CouncilRecord record(Path file) {
    try {
      return JSON.decodeRecord(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generated records of the wire-safe shape, the same every run. */
  public static List<CouncilRecord> generated(int count) {
    return RandomMeetings.records(SEED, Shape.WIRE_SAFE, count).toList();
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
