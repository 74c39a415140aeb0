package io.github.minutebook.threesixtygiving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five seed minutes, read with io-json, through the writer: each of their funding allocations
 * is a grant the schema accepts or is left out with its reason. None of the six is a grant: two are
 * recommended to Council or released subject to further approval, and the four approved ones name
 * no recipient (a contribution to a joint service, capital schemes the council carries out itself).
 */
class SeedFixturesTest {
  private static final Path SEEDS = Path.of("../io-json/src/test/resources/io/github/minutebook/json/seeds");

  @Test
  void everySeedAllocationIsAGrantOrLeftOutWithItsReason() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SEEDS)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(5, files.size(), "the seed minutes under " + SEEDS);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<ConversionNote> notes = new ArrayList<>();
    long grants;
    try (GrantWriter writer = GrantWriter.builder("360G-minutebook-seeds").build(out)) {
      for (Path file : files) {
        CouncilRecord record = MinutebookJson.standard().decodeRecord(Files.readAllBytes(file));
        notes.addAll(writer.write(record));
      }
      grants = writer.grantCount();
    }

    Map<String, Integer> leftOut = new TreeMap<>();
    for (ConversionNote note : notes) {
      if (note.kind() == Kind.LEFT_OUT && note.path().matches(".*fundingAllocations\\[\\d+]")) {
        leftOut.merge(note.code(), 1, Integer::sum);
      }
    }
    System.out.println("SeedFixturesTest: " + allocations(files) + " funding allocations in the seeds: " + grants
        + " grants, left out " + leftOut);
    assertEquals(6, allocations(files));
    assertEquals(0, grants);
    assertEquals(Map.of("360giving.not-awarded", 2, "360giving.no-recipient", 4), leftOut);
    assertEquals(List.of(
            "LEFT_OUT 360giving.not-awarded at agendaItems[4].resolutions[0].parts[2].fundingAllocations[0]: "
                + "the funding is recommended, not approved: 360Giving publishes grants awarded",
            "LEFT_OUT 360giving.not-awarded at agendaItems[4].resolutions[0].parts[3].fundingAllocations[0]: "
                + "the funding is subject to further approval, not approved: 360Giving publishes grants awarded",
            "LEFT_OUT 360giving.no-recipient at agendaItems[5].resolutions[0].parts[0].fundingAllocations[0]: "
                + "the money has no named recipient (a sum set aside or spent by the authority itself): "
                + "a grant is made to a recipient",
            "LEFT_OUT 360giving.no-recipient at agendaItems[5].resolutions[0].parts[2].fundingAllocations[0]: "
                + "the money has no named recipient (a sum set aside or spent by the authority itself): "
                + "a grant is made to a recipient",
            "LEFT_OUT 360giving.no-recipient at agendaItems[12].resolutions[0].parts[0].fundingAllocations[0]: "
                + "the money has no named recipient (a sum set aside or spent by the authority itself): "
                + "a grant is made to a recipient",
            "LEFT_OUT 360giving.no-recipient at agendaItems[13].resolutions[0].parts[0].fundingAllocations[0]: "
                + "the money has no named recipient (a sum set aside or spent by the authority itself): "
                + "a grant is made to a recipient"),
        notes.stream().map(ConversionNote::toString).toList());
    assertEquals("{\"grants\":[\n]}\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The funding allocations in the files, counted in their JSON, independently of the writer. */
  private static int allocations(List<Path> files) throws IOException {
    int count = 0;
    for (Path file : files) {
      count += count(tools.jackson.databind.json.JsonMapper.builder().build().readTree(file.toFile()));
    }
    return count;
  }

  private static int count(tools.jackson.databind.JsonNode node) {
    int count = 0;
    if (node.isObject() && node.has("fundingAllocations")) {
      count += node.get("fundingAllocations").size();
    }
    for (tools.jackson.databind.JsonNode child : node) {
      count += count(child);
    }
    return count;
  }
}
