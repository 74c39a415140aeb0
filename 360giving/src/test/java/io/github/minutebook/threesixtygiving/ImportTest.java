package io.github.minutebook.threesixtygiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Person;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportTest {
  private static final String VALID = "{\"id\":\"360G-x-%d\",\"title\":\"t\",\"description\":\"d\",\"currency\":\"GBP\","
      + "\"amountAwarded\":100,\"awardDate\":\"2024-01-02\",\"recipientOrganization\":[{\"id\":\"GB-CHC-1\","
      + "\"name\":\"R\"}],\"fundingOrganization\":[{\"id\":\"GB-LAE-ANY\",\"name\":\"F\"}]}";

  @Test
  void readsEachGrantAsTheFundersDecisionToAwardIt() {
    List<Converted<DecisionRecord>> grants = read(GrantSchema.resource("anytown-grants.json"));
    assertEquals(List.of(), GrantSchema.errors(GrantSchema.resource("anytown-grants.json")
        .getBytes(StandardCharsets.UTF_8)), "the test package is valid 360Giving");
    assertEquals(3, grants.size());
    assertTrue(grants.stream().allMatch(Converted::isConverted));

    DecisionRecord larder = grants.get(0).value().orElseThrow();
    assertEquals("grants[0] (id 360G-anytown-2024-017)", grants.get(0).source());
    assertEquals(Optional.of(Body.builder().name("Anytown Borough Council")
        .addIdentifiers(Identifier.of("GB-LAE", "ANY")).build()), larder.authority());
    assertEquals(Optional.of(LocalDate.of(2024, 10, 2)), larder.decisionDate());
    ResolutionPart part = larder.decisions().get(0).parts().get(0);
    assertEquals("A grant of £4,500 to Anytown Community Larder to open on Saturdays from November to March", part.text());
    assertEquals(PartEffect.ALLOCATE_FUNDING, part.effect());
    FundingAllocation grant = part.fundingAllocations().get(0);
    assertEquals(Optional.of("360G-anytown-2024-017"), grant.id());
    assertEquals(Optional.of("Winter opening of the community larder"), grant.purpose());
    assertEquals(Optional.of("Community Chest 2024/25"), grant.programme());
    assertEquals(Optional.of(FundingStatus.APPROVED), grant.status());
    assertEquals(Money.of("4500", "GBP"), grant.amount().orElseThrow().money());
    assertEquals(Optional.of(DateRange.builder().start(LocalDate.of(2024, 11, 2)).end(LocalDate.of(2025, 3, 29))
        .asWritten("Saturdays, November to March").build()), grant.amount().orElseThrow().period());
    assertEquals(Optional.of(Body.builder().name("Anytown Community Larder").kind(BodyKind.VOLUNTARY_ORGANISATION)
        .addIdentifiers(Identifier.of("GB-CHC", "1234567"))
        .address(Address.builder().streetAddress("2 Market Street").locality("Anytown").postalCode("AN1 2MS")
            .countryName("United Kingdom").build())
        .build()), grant.recipient());
    assertEquals(Optional.of("Anytown Borough Council"), larder.provenance().orElseThrow().publisher());
    assertEquals(Optional.of(OffsetDateTime.parse("2024-10-03T09:15:00+01:00")), larder.provenance().orElseThrow().modified());
    assertEquals(Optional.of("https://democracy.anytown.example/ieDecisionDetails.aspx?ID=17"),
        larder.provenance().orElseThrow().address());
    assertEquals(List.of(
            "NOT_CARRIED 360giving.not-carried: the package's publisher identifier \"GB-LAE-ANY\": "
                + "Minutebook has no place for it",
            "NOT_CARRIED 360giving.not-carried at /beneficiaryLocation: the grant's beneficiaryLocation: "
                + "Minutebook has no place for it",
            "NOT_CARRIED 360giving.not-carried at /fromOpenCall: the grant's fromOpenCall: Minutebook has no place for it",
            "NOT_CARRIED 360giving.not-carried at /grantProgramme/0/code: the grant programme's code: "
                + "Minutebook has no place for it",
            "NOT_CARRIED 360giving.not-carried at /fundingOrganization/0/department: the organisation's department: "
                + "Minutebook has no place for it"),
        grants.get(0).notes().stream().map(ConversionNote::toString).toList());

    // an internal id stays the body's own id beside its company number; a date-time at midnight is a date
    FundingAllocation scouts = allocation(grants.get(1));
    assertEquals(Optional.of(Body.builder().id("360G-anytown-ORG-1st-anytown-scouts").name("1st Anytown Scout Group")
        .location("Anytown").addIdentifiers(Identifier.of("GB-COH", "01234567")).build()), scouts.recipient());
    assertEquals(Money.of("12000", "GBP"), scouts.amount().orElseThrow().money());
    assertEquals(List.of("/classifications", "/awardDate"), paths(grants.get(1)));

    FundingAllocation hardship = allocation(grants.get(2));
    assertEquals(Optional.of(Person.builder().id("360G-anytown-IND-0019").name("Individual Recipient").build()),
        hardship.recipient());
    assertEquals(Money.of("250.50", "GBP"), hardship.amount().orElseThrow().money());
    // the package's title follows the grants: noted on the last
    assertEquals(List.of("/toIndividualsDetails", ""), paths(grants.get(2)));
  }

  @Test
  void reportsABrokenGrantAndReadsTheRest() {
    String grants = String.join(",",
        VALID.formatted(1),
        VALID.formatted(2).replace("\"amountAwarded\":100", "\"amountAwarded\":\"lots\""),
        "5",
        VALID.formatted(4).replace("\"title\":\"t\"", "\"title\":\"t\",\"title\":\"u\""),
        VALID.formatted(5).replace("2024-01-02", "2024-02-30"),
        VALID.formatted(6).replace("\"GBP\"", "\"ZZZ\""),
        VALID.formatted(7).replace("\"recipientOrganization\":[", "\"recipientOrganization\":[5,"),
        VALID.formatted(8));
    List<Converted<DecisionRecord>> read = read("{\"grants\":[" + grants + "]}");

    assertEquals(List.of(true, false, false, false, false, false, false, true),
        read.stream().map(Converted::isConverted).toList());
    assertEquals(List.of(
            "FAILED 360giving.invalid-grant at /amountAwarded: 360Giving has a number here; the grant has text",
            "FAILED 360giving.invalid-grant: a grant is a JSON object; this is a number",
            "FAILED 360giving.invalid-grant: the grant cannot be read: Duplicate property \"title\" for `ObjectNode`: "
                + "not allowed when `DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY` enabled",
            "FAILED 360giving.invalid-grant at /awardDate: \"2024-02-30\" is not a day of the calendar",
            "FAILED 360giving.invalid-grant at /currency: \"ZZZ\" is not an ISO 4217 currency code",
            "FAILED 360giving.invalid-grant at /recipientOrganization/0: 360Giving has an object here; the grant has a number"),
        read.stream().flatMap(c -> c.notes(Kind.FAILED).stream()).map(ConversionNote::toString).toList());
    assertEquals("grants[3]", read.get(3).source());
    assertEquals(Optional.of("360G-x-8"), allocation(read.get(7)).id());
  }

  @Test
  void endsWhereThePackageIsNotJson() {
    List<Converted<DecisionRecord>> read = read("{\"grants\":[" + VALID.formatted(1) + ",{\"id\": ]}");
    assertEquals(2, read.size());
    assertTrue(read.get(0).isConverted());
    assertEquals("grants[1]", read.get(1).source());
    assertTrue(read.get(1).notes().get(0).message().startsWith("the package is not well-formed JSON at line 1, column "),
        read.get(1).notes().get(0).message());
  }

  @Test
  void keepsTheGrantBeforeWhatIsNotJson() {
    List<Converted<DecisionRecord>> read = read("{\"grants\":[" + VALID.formatted(1) + " x]}");
    assertEquals(List.of(true, false), read.stream().map(Converted::isConverted).toList());
    assertEquals("grants[1]", read.get(1).source());
    assertEquals("360giving.not-json", read.get(1).notes().get(0).code());
  }

  @Test
  void reportsWhatIsNotAPackage() {
    assertEquals("FAILED 360giving.not-a-package: the input is empty", only(""));
    assertEquals("FAILED 360giving.not-a-package: a 360Giving package is a JSON object with a list of grants; this is [",
        only("[]"));
    assertEquals("FAILED 360giving.not-a-package: the package has no grants", only("{\"title\":\"x\"}"));
    assertEquals("FAILED 360giving.not-a-package: the package's grants are not a list", only("{\"grants\":{}}"));
    assertEquals(List.of(), read("{\"grants\":[]}"));
  }

  @Test
  void notesWhatFollowsTheGrants() {
    List<Converted<DecisionRecord>> read = read("{\"grants\":[" + VALID.formatted(1) + "],\"grants\":["
        + VALID.formatted(2) + "]} {}");
    assertEquals(2, read.size());
    assertEquals(List.of("NOT_CARRIED 360giving.not-carried: what follows the package at line 1, column "
            + (VALID.formatted(1).length() * 2 + 27) + " is not read"),
        read.get(0).notes().stream().map(ConversionNote::toString).toList());
    assertEquals("FAILED 360giving.not-a-package: a second list of grants, of 1, is not read: a package has one",
        read.get(1).notes().get(0).toString());
  }

  @Test
  void readsAsItGoesInConstantMemory() {
    // a package that never ends: only a reader that reads one grant at a time gets anywhere
    InputStream endless = new InputStream() {
      private int grant;
      private byte[] bytes = new byte[0];
      private int at;

      @Override
      public int read() {
        if (at == bytes.length) {
          String text = grant == 0 ? "{\"grants\":[" + VALID.formatted(grant) : "," + VALID.formatted(grant);
          grant++;
          bytes = text.getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        return bytes[at++] & 0xff;
      }
    };
    try (Stream<Converted<DecisionRecord>> grants = GrantReader.read(endless)) {
      assertEquals(20_000, grants.limit(20_000).filter(Converted::isConverted).count());
    }
  }

  @Test
  void throwsWhenTheInputCannotBeRead() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    try (Stream<Converted<DecisionRecord>> grants = GrantReader.read(broken)) {
      assertThrows(UncheckedIOException.class, () -> grants.findFirst());
    }
  }

  @Test
  void closesTheInputWithTheStream() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream("{\"grants\":[]}".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Stream<Converted<DecisionRecord>> grants = GrantReader.read(in);
    assertFalse(closed[0]);
    grants.close();
    assertTrue(closed[0]);
  }

  static List<Converted<DecisionRecord>> read(String json) {
    try (Stream<Converted<DecisionRecord>> grants = GrantReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return grants.toList();
    }
  }

  private static String only(String json) {
    List<Converted<DecisionRecord>> read = read(json);
    assertEquals(1, read.size());
    assertEquals("package", read.get(0).source());
    return read.get(0).notes().get(0).toString();
  }

  private static FundingAllocation allocation(Converted<DecisionRecord> grant) {
    return grant.value().orElseThrow().decisions().get(0).parts().get(0).fundingAllocations().get(0);
  }

  private static List<String> paths(Converted<DecisionRecord> grant) {
    return grant.notes().stream().map(ConversionNote::path).toList();
  }
}
