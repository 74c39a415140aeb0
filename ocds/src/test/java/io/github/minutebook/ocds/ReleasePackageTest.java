package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Release packages written by {@link ReleasePackageWriter} are valid against the OCDS 1.1.5
 * release package schema, their releases against the release schema with the exporter's
 * extensions applied; the same records give the same bytes; and the notes on the seed minutes are
 * pinned by code.
 */
class ReleasePackageTest {
  private static final OcdsExporter EXPORTER = OcdsExporter.builder("ocds-abc123")
      .publisher("Minutebook tests")
      .packageUri("https://example.org/ocds/package.json")
      .license("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
      .build();

  private static final long SEED = 20260513L;

  /** Generated records of the wire-safe shape, a few hundred, the same every run. */
  private static final List<CouncilRecord> GENERATED = RandomMeetings.records(SEED, Shape.WIRE_SAFE, 200).toList();

  /** For each seed minute, how many releases it gives and its notes, counted by kind and code. */
  private static final Map<String, Map<String, Integer>> SEED_NOTES = new LinkedHashMap<>();

  static {
    SEED_NOTES.put("a2020-scrutiny-update.json", Map.of("releases", 0));
    SEED_NOTES.put("bromley-chief-executive-scrutiny.json", Map.of("releases", 0));
    SEED_NOTES.put("bromley-executive-2016-09-14.json", new TreeMap<>(Map.of(
        "releases", 9,
        "LEFT_OUT ocds.value", 1,             // £220k a year to March 2020: a rate, not a total
        "NOT_CARRIED ocds.change-value", 1,   // Liberata's £116k variation
        "NOT_CARRIED ocds.condition", 2,      // subject to MOPAC funding, twice
        "NOT_CARRIED ocds.existing-contract", 5,
        "NOT_CARRIED ocds.framework-details", 1, // ESPO, Lot 2 Managed Service Provider
        "NOT_CARRIED ocds.organization", 6,   // five suppliers' kind (company), BCCG's kind and abbreviation
        "NOT_CARRIED ocds.supplier-withheld", 2,
        "NOT_CARRIED ocds.value-qualified", 3))); // £53k, £20k, £136k estimated
    SEED_NOTES.put("hackney-executive-response.json", Map.of("releases", 0));
    SEED_NOTES.put("leeds-strategic-commissioning.json", Map.of("releases", 0));
  }

  @Test
  void everyContractAwardOfTheSeedMinutesExportsToAValidPackage() {
    Map<String, Map<String, Integer>> found = new LinkedHashMap<>();
    for (Path seed : Fixtures.seeds()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Map<String, Integer> counted = new TreeMap<>();
      try (ReleasePackageWriter writer = EXPORTER.writer(out)) {
        for (ConversionNote note : writer.write(Fixtures.record(seed))) {
          counted.merge(note.kind() + " " + note.code(), 1, Integer::sum);
          assertTrue(note.path().startsWith("agendaItems["), note::toString);
        }
        counted.put("releases", (int) writer.releaseCount());
      }
      if (counted.get("releases") > 0) {
        assertValid(out.toByteArray(), seed.getFileName().toString());
      }
      found.put(seed.getFileName().toString(), counted);
    }
    assertEquals(SEED_NOTES, found);
  }

  @Test
  void generatedRecordsExportToValidPackagesAndNeverThrow() {
    int releases = 0;
    int packages = 0;
    Map<String, Integer> failed = new TreeMap<>();
    for (int i = 0; i < GENERATED.size(); i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long written;
      try (ReleasePackageWriter writer = EXPORTER.writer(out)) {
        for (ConversionNote note : writer.write(GENERATED.get(i))) {
          if (note.kind() == ConversionNote.Kind.FAILED) {
            failed.merge(note.code(), 1, Integer::sum);
          }
        }
        written = writer.releaseCount();
      }
      if (written > 0) {
        assertValid(out.toByteArray(), "generated record " + i + " of seed " + SEED);
        packages++;
        releases += (int) written;
      }
    }
    System.out.println("generated: " + GENERATED.size() + " records, " + packages + " valid packages, " + releases
        + " valid releases, failed " + failed);
    assertTrue(releases > 500, "the generated records hold contract awards: " + releases);
    // the only awards no release is made of are those without any date to give the release
    assertEquals(List.of("ocds.no-date"), List.copyOf(failed.keySet()));
  }

  @Test
  void theSameRecordsGiveTheSameBytes() {
    assertArrayEquals(everything(), everything());
  }

  private static byte[] everything() {
    OcdsExporter exporter = OcdsExporter.builder("ocds-abc123").publisher("Minutebook tests")
        .packageUri("https://example.org/ocds/package.json").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReleasePackageWriter writer = exporter.writer(out)) {
      Fixtures.seeds().forEach(seed -> writer.write(Fixtures.record(seed)));
      Fixtures.contractsFinder().forEach(dir -> writer.write(Fixtures.record(dir.resolve("fixture.json"))));
      GENERATED.forEach(writer::write);
    }
    return out.toByteArray();
  }

  @Test
  void thePackageMetadataComesFirstAndItsDateLastWhereNoneIsSet() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReleasePackageWriter writer = EXPORTER.writer(out)) {
      var unused = writer.write(Fixtures.record(bromley()));
    }
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"uri\":\"https://example.org/ocds/package.json\",\"version\":\"1.1\",\"extensions\":["
        + "\"https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json\","),
        json.substring(0, 200));
    assertTrue(json.contains("\"publisher\":{\"name\":\"Minutebook tests\"},\"license\":"), json.substring(0, 1200));
    // no clock: the latest date of the releases, the meeting's day
    assertTrue(json.endsWith("],\"publishedDate\":\"2016-09-14T00:00:00Z\"}\n"), json.substring(json.length() - 80));

    OcdsExporter dated = OcdsExporter.builder("ocds-abc123").publisher("Minutebook tests")
        .packageUri("https://example.org/ocds/package.json")
        .publishedDate(OffsetDateTime.parse("2024-03-01T09:30:00+01:00")).build();
    out.reset();
    try (ReleasePackageWriter writer = dated.writer(out)) {
      var unused = writer.write(Fixtures.record(bromley()));
    }
    json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"publishedDate\":\"2024-03-01T09:30:00+01:00\",\"publisher\""), json.substring(0, 1000));
    assertTrue(json.endsWith("]}\n"));
    assertValid(out.toByteArray(), "dated package");
  }

  @Test
  void theValidatorRejectsWhatTheExtendedSchemaForbids() {
    // a release that uses every extension the exporter lists, valid as it is
    ObjectNode release = (ObjectNode) OcdsSchemas.MAPPER.readTree("""
        {"ocid": "ocds-abc123-1", "id": "ocds-abc123-1-award", "date": "2016-09-14T00:00:00Z",
         "tag": ["award"], "initiationType": "tender",
         "parties": [{"id": "party-1", "name": "Jadu Ltd", "roles": ["supplier"],
                      "details": {"scale": "sme", "vcse": false}}],
         "tender": {"id": "1", "title": "upgrade",
                    "contractPeriod": {"durationInMonths": 60},
                    "suitability": {"sme": true, "vcse": false},
                    "techniques": {"hasFrameworkAgreement": true},
                    "lots": [{"id": "1", "awardCriteria": {"criteria": [
                        {"type": "price", "name": "price", "numbers": [{"number": 60, "weight": "percentageExact"}]}]}}],
                    "hasRenewal": true, "renewal": {"maximumRenewals": 2}},
         "awards": [{"id": "1", "value": {"amount": 53000.00, "currency": "GBP"}, "relatedLots": ["1"]}]}
        """);
    assertEquals(List.of(), OcdsSchemas.validateRelease(release));
    Map<String, Consumer<ObjectNode>> breaks = new LinkedHashMap<>();
    breaks.put("core: a date that is not a date-time", r -> r.put("date", "14 September 2016"));
    breaks.put("core: a currency not in the code list", r -> ((ObjectNode) r.at("/awards/0/value")).put("currency", "VED"));
    breaks.put("lots + awardCriteria: a weight not in the code list",
        r -> ((ObjectNode) r.at("/tender/lots/0/awardCriteria/criteria/0/numbers/0")).put("weight", "mostly"));
    breaks.put("lots: relatedLots not strings", r -> ((ObjectNode) r.at("/awards/0")).putArray("relatedLots").add(1));
    breaks.put("renewal: maximumRenewals not a number", r -> ((ObjectNode) r.at("/tender/renewal")).put("maximumRenewals", "two"));
    breaks.put("techniques: hasFrameworkAgreement not a boolean",
        r -> ((ObjectNode) r.at("/tender/techniques")).put("hasFrameworkAgreement", "yes"));
    breaks.put("suitability: sme not a boolean", r -> ((ObjectNode) r.at("/tender/suitability")).put("sme", "yes"));
    breaks.put("partyDetails_scale: a scale not in the code list", r -> ((ObjectNode) r.at("/parties/0/details")).put("scale", "huge"));
    breaks.put("uk: durationInMonths not an integer", r -> ((ObjectNode) r.at("/tender/contractPeriod")).put("durationInMonths", 1.5));
    breaks.put("uk: vcse not a boolean", r -> ((ObjectNode) r.at("/tender/suitability")).put("vcse", "no"));
    List<String> accepted = new ArrayList<>();
    breaks.forEach((what, change) -> {
      ObjectNode broken = release.deepCopy();
      change.accept(broken);
      if (OcdsSchemas.validateRelease(broken).isEmpty()) {
        accepted.add(what);
      }
    });
    assertEquals(List.of(), accepted, "broken releases the schema accepts");
  }

  private static Path bromley() {
    return Fixtures.seeds().stream().filter(p -> p.getFileName().toString().startsWith("bromley-executive"))
        .findFirst().orElseThrow();
  }

  private static void assertValid(byte[] json, String what) {
    JsonNode tree = OcdsSchemas.MAPPER.readTree(json);
    List<Error> errors = OcdsSchemas.validatePackage(tree);
    assertTrue(errors.isEmpty(), () -> what + ": " + errors.subList(0, Math.min(5, errors.size())));
    assertFalse(tree.path("releases").isEmpty(), what);
  }
}
