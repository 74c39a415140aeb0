package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ProcurementCategory;
import io.github.minutebook.procurement.ProcurementMethod;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How OCDS data becomes Minutebook records, quirk by quirk, on packages written to show each. */
class OcdsImportTest {
  /** A Contracts Finder-shaped award release; {@code %s} takes extra tender members. */
  private static final String RELEASE = """
      {"ocid": "ocds-b5fd17-%1$s", "id": "release-%1$s", "date": "2020-03-11T00:00:00Z", "tag": ["award"],
       "language": "en-GB",
       "parties": [
         {"id": "buyer-1", "roles": ["buyer"], "name": "Children&#039;s Services, Borough of Barchester",
          "address": {"streetAddress": "Town Hall", "locality": "Barchester", "region": "", "postalCode": "BA1 1AA",
                      "countryName": "England"},
          "identifier": {"scheme": "GB-LAE", "id": "BAR"},
          "contactPoint": {"name": "A. Officer", "email": "a.officer@example.org", "telephone": "01234 567890"}},
         {"id": "1", "roles": ["supplier"], "name": "Smith &amp; Sons Ltd", "sme": true, "vco": false,
          "address": {"streetAddress": "1 High Street\\n    Barchester,\\n    BA2 2BB", "postalCode": ""},
          "identifier": {"scheme": "", "id": "", "legalName": null, "uri": null}}],
       "buyer": {"id": "buyer-1", "name": "Borough of Barchester"},
       "tender": {"id": "tender-%1$s", "title": "Road sweeping", "description": "Sweeping the roads",
         "procurementMethod": null, "procurementMethodDetails": "Open procedure (OJEU)",
         "xClassifications": {"isSuitableForSme": true, "isSuitableForVco": false, "ojeuContractType": "Services"},
         "items": [{"id": 1, "classification": {"scheme": "CPV", "id": "90611000", "description": "Street-cleaning"}}],
         "tenderPeriod": {"endDate": "2020-04-15T00:00:00Z"},
         "value": {"amount": 0, "currency": "GBP"}, "minValue": {"amount": 250000.50, "currency": "GBP"},
         "numberOfTenderers": 3 %2$s},
       "awards": [{"id": "award-%1$s", "status": "active", "date": "2020-04-20T00:00:00Z",
         "value": {"amount": 240000, "currency": "GBP"}, "suppliers": [{"id": "1", "name": "Smith &amp; Sons Ltd"}],
         "contractPeriod": {"startDate": "2020-05-01T00:00:00Z", "endDate": "2022-04-30T00:00:00Z"}}]}
      """;

  private static String release(String id) {
    return release(id, "");
  }

  private static String release(String id, String tenderExtra) {
    return String.format(RELEASE, id, tenderExtra);
  }

  private static String releasePackage(String... releases) {
    return "{\"uri\": \"https://example.org/package.json\", \"publishedDate\": \"2020-05-10T21:20:07Z\","
        + " \"publisher\": {\"name\": \"Barchester &amp; District\"}, \"license\": \"https://example.org/ogl\","
        + " \"releases\": [" + String.join(",", releases) + "]}";
  }

  private static List<Converted<DecisionRecord>> read(String json) {
    try (Stream<Converted<DecisionRecord>> records = OcdsImport.standard()
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return records.toList();
    }
  }

  private static ContractAward award(DecisionRecord record) {
    return record.decisions().get(0).parts().get(0).contractAwards().get(0);
  }

  private static List<String> codes(Converted<?> converted, Kind kind) {
    return converted.notes(kind).stream().map(ConversionNote::code).toList();
  }

  @Test
  void aReleaseBecomesAContractAwardNoticeWithItsProvenance() {
    Converted<DecisionRecord> converted = read(releasePackage(release("a"))).get(0);
    DecisionRecord record = converted.value().orElseThrow();
    ContractAward award = award(record);

    assertEquals(Optional.of("release-a"), record.id());
    assertEquals(Optional.of("Road sweeping"), record.title());
    assertEquals("Children's Services, Borough of Barchester", record.authority().orElseThrow().displayName());
    assertEquals(List.of(Identifier.of("GB-LAE", "BAR")), record.authority().orElseThrow().identifiers());
    assertEquals(Optional.of(LocalDate.of(2020, 5, 10)), record.publicationDate());
    assertEquals(Optional.of("Barchester & District"), record.provenance().orElseThrow().publisher());
    assertEquals(List.of(Identifier.of("ocid", "ocds-b5fd17-a")), record.provenance().orElseThrow().identifiers());
    assertEquals(List.of("en-GB"), record.languages());

    assertEquals(ContractStage.AWARD, award.stage());
    assertEquals(Optional.of("award-a"), award.id());
    assertEquals(Optional.of("tender-a"), award.tenderId());
    assertEquals(Optional.of(ProcurementCategory.SERVICES), award.mainProcurementCategory());
    assertEquals(Money.of("240000", "GBP"), award.values().get(0).money());
    assertEquals(Optional.of(Money.of("250000.50", "GBP")), award.estimatedMinValue());
    assertEquals(Optional.of(LocalDate.of(2020, 4, 15)), award.tenderDeadline());
    assertEquals(Optional.of(LocalDate.of(2020, 4, 20)), award.awardDate());
    assertEquals(Optional.of(3), award.tendersReceived());
    assertEquals(Optional.of(LocalDate.of(2022, 4, 30)), award.term().orElseThrow().end());
    assertEquals("90611000", award.classifications().get(0).code());
    assertEquals(Optional.of(true), award.suitableForSme());
  }

  @Test
  void realQuirksAreReadAsTheyAreMeantAndSaidSo() {
    Converted<DecisionRecord> converted = read(releasePackage(release("a"))).get(0);
    ContractAward award = award(converted.value().orElseThrow());
    Body supplier = award.suppliers().get(0);

    assertEquals("Smith & Sons Ltd", supplier.displayName(), "HTML character references decoded once");
    assertEquals(Optional.empty(), award.estimatedValue(), "a tender value of 0 is no value given");
    assertEquals(Optional.of(ProcurementMethod.OPEN), award.procurementMethod(), "the method read from its words");
    assertEquals(Optional.of("Open procedure (OJEU)"), award.methodAsWritten(), "and the words kept");
    assertEquals(List.of(), supplier.identifiers(), "an empty identifier is none");
    assertEquals(Optional.of("BA2 2BB"), supplier.address().orElseThrow().postalCode());
    assertEquals(Optional.of("1 High Street\n    Barchester"), supplier.address().orElseThrow().streetAddress());
    assertEquals(Optional.of(true), supplier.sme());
    assertEquals(Optional.of(false), supplier.vcse());
    assertTrue(codes(converted, Kind.HANDLED).containsAll(List.of("ocds.html-entities", "ocds.zero-value",
        "ocds.method-from-details", "ocds.empty-identifier", "ocds.postcode-in-street-address",
        "ocds.category-from-contract-type")), converted.notes().toString());
  }

  @Test
  void personalContactDetailsAreNotCarriedAndTheRecordSaysSo() {
    Converted<DecisionRecord> converted = read(releasePackage(release("a"))).get(0);
    DecisionRecord record = converted.value().orElseThrow();

    assertEquals(List.of(), record.contacts());
    assertEquals(Optional.empty(), record.authority().orElseThrow().email());
    assertEquals(Optional.empty(), record.authority().orElseThrow().telephone());
    assertTrue(codes(converted, Kind.NOT_CARRIED).contains("ocds.contact-details"));
    assertFalse(converted.notes().toString().contains("a.officer@example.org"), "the note does not repeat them");
  }

  @Test
  void everyValueTheModelHasNoPlaceForIsListed() {
    Converted<DecisionRecord> converted = read(releasePackage(
        release("a", ", \"submissionMethod\": [\"electronicSubmission\"], \"hasEnquiries\": true"))).get(0);

    List<String> notMapped = converted.notes(Kind.NOT_CARRIED).stream()
        .filter(n -> n.code().equals("ocds.not-mapped")).map(ConversionNote::path).toList();
    assertTrue(notMapped.containsAll(List.of("/releases/0/tag/0", "/releases/0/tender/submissionMethod/0",
        "/releases/0/tender/hasEnquiries")), notMapped.toString());
  }

  @Test
  void aBrokenReleaseIsReportedAndTheOthersAreRead() {
    String broken = release("b").replace("\"currency\": \"GBP\"}, \"suppliers\"", "\"currency\": \"XYZ\"}, \"suppliers\"");
    List<Converted<DecisionRecord>> records = read(releasePackage(release("a"), "[1, 2]", broken, release("c")));

    assertEquals(4, records.size());
    assertTrue(records.get(0).isConverted());
    assertEquals(List.of("ocds.not-a-release"), codes(records.get(1), Kind.FAILED));
    assertTrue(records.get(2).isConverted(), "an award value in an unknown currency is left out, not the release");
    assertEquals(List.of(), award(records.get(2).value().orElseThrow()).values());
    assertTrue(codes(records.get(2), Kind.NOT_CARRIED).contains("ocds.bad-currency"));
    assertTrue(records.get(3).isConverted());
    assertEquals("releases[3] (ocid ocds-b5fd17-c)", records.get(3).source());
  }

  @Test
  void jsonThatBreaksOffEndsTheStreamWithTheReleasesBeforeItKept() {
    String json = releasePackage(release("a"), release("b"));
    List<Converted<DecisionRecord>> records = read(json.substring(0, json.length() - 200));

    assertEquals(2, records.size());
    assertTrue(records.get(0).isConverted());
    assertEquals(List.of("ocds.malformed-json"), codes(records.get(1), Kind.FAILED));
    assertTrue(records.get(1).notes().get(0).message().contains("line"), records.get(1).notes().toString());
  }

  @Test
  void recordPackagesGiveTheirCompiledReleaseOrElseEachRelease() {
    String recordPackage = "{\"records\": [{\"ocid\": \"ocds-b5fd17-a\", \"compiledRelease\": " + release("a") + "},"
        + " {\"ocid\": \"ocds-b5fd17-b\", \"releases\": [" + release("b1") + ", " + release("b2") + "]},"
        + " {\"ocid\": \"ocds-b5fd17-c\", \"releases\": [{\"url\": \"https://example.org/c.json\", \"date\": \"2020-01-01T00:00:00Z\"}]}]}";

    List<Converted<DecisionRecord>> records = read(recordPackage);

    assertEquals(List.of("records[0].compiledRelease (ocid ocds-b5fd17-a)", "records[1].releases[0]",
        "records[1].releases[1]", "records[2]"), records.stream().map(Converted::source).toList());
    assertEquals(Optional.of("release-b2"), records.get(2).value().orElseThrow().id());
    assertEquals(List.of("ocds.linked-releases-only"), codes(records.get(3), Kind.FAILED));
  }

  @Test
  void aSingleReleaseIsReadToo() {
    List<Converted<DecisionRecord>> records = read(release("a"));

    assertEquals(1, records.size());
    assertEquals(Optional.of("release-a"), records.get(0).value().orElseThrow().id());
  }

  @Test
  void aTenderWithoutAnAwardIsTheDecisionToProcure() {
    String tenderOnly = release("a").substring(0, release("a").indexOf(",\n \"awards\"")) + "}";
    DecisionRecord record = read(releasePackage(tenderOnly)).get(0).value().orElseThrow();

    assertEquals(ContractStage.APPROVAL_TO_PROCURE, award(record).stage());
    assertEquals(List.of(), award(record).suppliers());
    assertEquals(Optional.empty(), record.kind(), "a tender notice is no kind of record the model names");
  }

  @Test
  void datesInOtherFormatsAreReadOrReported() {
    String release = release("a").replace("\"2020-04-15T00:00:00Z\"", "\"2020-04-15\"")
        .replace("\"2020-04-20T00:00:00Z\"", "\"20/04/2020\"");
    Converted<DecisionRecord> converted = read(releasePackage(release)).get(0);

    assertEquals(Optional.of(LocalDate.of(2020, 4, 15)), award(converted.value().orElseThrow()).tenderDeadline());
    assertEquals(Optional.empty(), award(converted.value().orElseThrow()).awardDate());
    assertTrue(codes(converted, Kind.HANDLED).contains("ocds.date-without-time"));
    assertTrue(codes(converted, Kind.NOT_CARRIED).contains("ocds.bad-date"));
  }

  @Test
  void aLargePackageIsStreamedOneReleaseAtATime() {
    int count = 5_000;
    byte[] one = release("x").getBytes(StandardCharsets.UTF_8);
    List<InputStream> parts = new java.util.ArrayList<>();
    parts.add(new ByteArrayInputStream("{\"releases\": [".getBytes(StandardCharsets.UTF_8)));
    IntStream.range(0, count).forEach(i -> {
      if (i > 0) {
        parts.add(new ByteArrayInputStream(new byte[] {','}));
      }
      parts.add(new ByteArrayInputStream(one));
    });
    parts.add(new ByteArrayInputStream("]}".getBytes(StandardCharsets.UTF_8)));
    InputStream in = new SequenceInputStream(Collections.enumeration(parts));

    try (Stream<Converted<DecisionRecord>> records = OcdsImport.standard().read(in)) {
      assertEquals(count, records.filter(Converted::isConverted).count());
    }
  }
}
