package io.github.minutebook.json.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development corpus (corpus/README.md): real documents, each a directory
 * {@code corpus/<family>/<doc-id>/} on the test class path with its source, its Minutebook
 * encoding ({@code fixture.json}) and its fact inventory ({@code facts.json}). Found from the
 * class path, so that the tests see every family the build has, whoever added it.
 */
final class Corpus {
  private Corpus() {}

  /** The class-path folder of the corpus. */
  static final String RESOURCE = "corpus";

  /** The kinds of document corpus/README.md allows, in its order (the measured table's order too). */
  static final List<String> KINDS = List.of("council-minutes", "executive-minutes", "committee-minutes",
      "scrutiny-minutes", "planning-minutes", "licensing-minutes", "meeting-calendar", "decision-record",
      "officer-decision", "contract-award-notice", "legislative-history", "legislation-list", "paper");

  /** The fits, from best to worst. */
  static final List<String> FITS = List.of("exact", "lossy", "words", "impossible");

  /** How a quote is compared with the value at its pointer. */
  static final List<String> COMPARISONS = List.of("text", "name", "date", "time", "amount", "number", "code", "boolean");

  /**
   * A plain Jackson mapper: the inventory tests read fixtures as JSON trees, never through
   * Minutebook's codecs. Duplicate keys are errors, and decimals stay exact.
   */
  static final JsonMapper PLAIN = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** One document of the corpus: its directory {@code corpus/<family>/<id>/}. */
  record Document(String family, String id, Path dir) {
    /** {@code <family>/<doc-id>}, as facts.json's {@code document} gives it. */
    String name() {
      return family + "/" + id;
    }

    Path facts() {
      return dir.resolve("facts.json");
    }

    Path fixture() {
      return dir.resolve("fixture.json");
    }

    /** The one file named {@code source.*}, if there is exactly one. */
    Optional<Path> source() {
      List<Path> sources = list(dir).stream()
          .filter(file -> file.getFileName().toString().startsWith("source."))
          .toList();
      return sources.size() == 1 ? Optional.of(sources.get(0)) : Optional.empty();
    }

    /** Whether the source is JSON, whose string escapes the normalisation undoes. */
    boolean jsonSource() {
      return source().map(file -> file.getFileName().toString().endsWith(".json")).orElse(false);
    }

    /** The family's SOURCES.md. */
    Path sourcesFile() {
      return dir.getParent().resolve("SOURCES.md");
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** The corpus folder on the class path (target/test-classes/corpus in a Maven build). */
  static Path root() {
    URL url = Corpus.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new AssertionError("no folder \"" + RESOURCE + "\" on the test class path (io-json/src/test/resources/corpus)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("cannot read the corpus at " + url, e);
    }
  }

  /** Every document of every family, by family and then document id. */
  static List<Document> documents() {
    List<Document> documents = new ArrayList<>();
    for (Path family : list(root())) {
      if (Files.isDirectory(family)) {
        for (Path dir : list(family)) {
          if (Files.isDirectory(dir)) {
            documents.add(new Document(family.getFileName().toString(), dir.getFileName().toString(), dir));
          }
        }
      }
    }
    return documents;
  }

  static JsonNode readJson(Path file) {
    try {
      return PLAIN.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] readBytes(Path file) {
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
