package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.DecisionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The importer against people: io-json's corpus holds twenty of the same Contracts Finder notices
 * mapped by hand to Minutebook records, with an inventory of every fact in them, each quoted from
 * the source and placed at a JSON Pointer of the record. This counts how many of those facts the
 * importer puts at the same place with the same value. The hand mapping read prose too (a framework
 * named in a description, a postcode at the end of a street address), which the importer does not
 * guess at, so agreement below 100% is expected; the figure is pinned so that it can only rise.
 */
class CuratedFixtureAgreementTest {
  /** io-json's corpus, in this repository (the build never reads anything outside it). */
  private static final Path CORPUS = Path.of("../io-json/src/test/resources/corpus/contracts-finder");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theImporterPutsMostHandMappedFactsWhereAPersonPutThem() throws IOException {
    int facts = 0;
    int agreed = 0;
    Map<String, Integer> missedByField = new TreeMap<>();
    List<Path> folders;
    try (Stream<Path> list = Files.list(CORPUS)) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      JsonNode fixture = JSON.readTree(folder.resolve("fixture.json").toFile());
      List<Converted<DecisionRecord>> imported;
      try (InputStream in = Files.newInputStream(folder.resolve("source.json"));
          Stream<Converted<DecisionRecord>> records = OcdsImport.standard().read(in)) {
        imported = records.toList();
      }
      assertEquals(1, imported.size(), folder.toString());
      JsonNode mapped = JSON.readTree(MinutebookJson.standard().encode(imported.get(0).value().orElseThrow()));
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
    assertEquals(20, folders.size());
    assertEquals(1414, facts);
    // 70.4%: the rest are readings of prose (frameworks, lots, joint buyers), locations and kinds a
    // person inferred, and tender values of 0, which the hand mapping kept and the importer reads
    // as no value given
    assertEquals(995, agreed, () -> "missed: " + missedByField);
  }
}
