package io.github.minutebook.json.testing;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An importer measured against people: io-json's corpus holds real source documents
 * ({@code corpus/<family>/<document>/source.json}) mapped by hand to Minutebook records
 * ({@code fixture.json}), with an inventory of every fact in them ({@code facts.json}), each quoted
 * from the source and placed at a JSON Pointer of the record. {@link #measure} imports each source,
 * encodes the one record made of it in the Minutebook format, and counts the facts of exact fit
 * that the importer put at the same pointer with the same value.
 *
 * <p>Shared through io-json's test jar by the importers' {@code CuratedFixtureAgreementTest}s
 * (OCDS, OParl), which pin the counts for their family so that agreement can only rise.
 *
 * @param documents how many documents the family has
 * @param facts how many facts of exact fit their inventories list
 * @param agreed how many of those the importer put where the person did, with the same value
 * @param missedByField the facts missed, by pointer with every index written {@code *}, for the
 *     failure message
 */
public record FixtureAgreement(int documents, int facts, int agreed, Map<String, Integer> missedByField) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Copies the missed counts, unmodifiable. */
  public FixtureAgreement {
    missedByField = Collections.unmodifiableMap(new TreeMap<>(missedByField));
  }

  /** An importer: one source document in, the records made of it out. */
  @FunctionalInterface
  public interface Importer {
    /**
     * Reads one source document.
     *
     * @param source the document's {@code source.json}
     * @return the records made of it; the caller closes the stream
     * @throws IOException if the source cannot be read
     */
    Stream<? extends Converted<? extends CouncilRecord>> read(InputStream source) throws IOException;
  }

  /**
   * Measures {@code importer} on every document of the corpus family {@code family}, in the order
   * of their folder names.
   *
   * @param family the folder under io-json's {@code corpus/} ({@code contracts-finder}, {@code oparl})
   * @param importer reads one source document
   * @throws AssertionError if a document does not make exactly one converted record
   */
  public static FixtureAgreement measure(String family, Importer importer) throws IOException {
    Path corpus = ExportInputs.ioJsonResources().resolve("corpus").resolve(family);
    int facts = 0;
    int agreed = 0;
    Map<String, Integer> missedByField = new TreeMap<>();
    List<Path> folders;
    try (Stream<Path> list = Files.list(corpus)) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      JsonNode fixture = JSON.readTree(folder.resolve("fixture.json").toFile());
      List<? extends Converted<? extends CouncilRecord>> imported;
      try (InputStream in = Files.newInputStream(folder.resolve("source.json"));
          Stream<? extends Converted<? extends CouncilRecord>> records = importer.read(in)) {
        imported = records.toList();
      }
      if (imported.size() != 1) {
        throw new AssertionError(folder + ": expected one record, got " + imported.size() + ": " + imported);
      }
      Converted<? extends CouncilRecord> only = imported.get(0);
      CouncilRecord record = only.value().orElseThrow(() -> new AssertionError(folder + ": " + only));
      JsonNode mapped = JSON.readTree(MinutebookJson.standard().encode(record));
      for (JsonNode fact : JSON.readTree(folder.resolve("facts.json").toFile()).path("facts")) {
        if (!fact.path("fit").asString().equals("exact")) {
          continue;
        }
        String pointer = fact.path("pointer").asString();
        facts++;
        if (fixture.at(pointer).equals(mapped.at(pointer))) {
          agreed++;
        } else {
          missedByField.merge(pointer.replaceAll("/\\d+", "/*"), 1, Integer::sum);
        }
      }
    }
    return new FixtureAgreement(folders.size(), facts, agreed, missedByField);
  }
}
