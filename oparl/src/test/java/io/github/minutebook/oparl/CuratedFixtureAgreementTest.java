package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
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
 * The importer against people: io-json's corpus holds five Karlsruhe OParl objects (two meetings,
 * three papers) mapped by hand to Minutebook records, with an inventory of every fact in them,
 * each quoted from the source and placed at a JSON Pointer of the record. This counts how many of
 * those facts the importer puts at the same place with the same value. The hand mapping read the
 * meeting's name too (the body's name, a public and a closed sitting, a budget meeting), judged a
 * meeting held, and read lost motions and urgency, which the importer does not guess at; the figure
 * is pinned so that it can only rise.
 */
class CuratedFixtureAgreementTest {
  /** io-json's corpus, in this repository (the build never reads anything outside it). */
  private static final Path CORPUS = Path.of("../io-json/src/test/resources/corpus/oparl");
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
      List<Converted<CouncilRecord>> imported;
      try (InputStream in = Files.newInputStream(folder.resolve("source.json"));
          Stream<Converted<CouncilRecord>> records = OparlImport.read(in)) {
        imported = records.toList();
      }
      assertEquals(1, imported.size(), folder.toString());
      JsonNode mapped = JSON.readTree(MinutebookJson.standard().encode(imported.get(0).value().orElseThrow(() -> new AssertionError(imported.get(0).toString()))));
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
    assertEquals(5, folders.size());
    assertEquals(570, facts);
    // 98.1%: the rest are the hand mapping's readings of the meeting's name (the body's name, a
    // public and a closed sitting), its judgement that both meetings were held, and its reading of
    // rejected budget motions as motions with a vote and of "keine Abstimmung" as no vote stated
    assertEquals(559, agreed, () -> "missed: " + missedByField);
  }
}
