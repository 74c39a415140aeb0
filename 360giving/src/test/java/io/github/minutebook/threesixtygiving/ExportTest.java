package io.github.minutebook.threesixtygiving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

class ExportTest {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  /** A grant that exports: approved, to a named body, of £5,000, by a named authority, on a date. */
  private static final FundingAllocation GRANT = FundingAllocation.builder()
      .purpose("summer play scheme")
      .amount(Amount.of(Money.of("5000", "GBP")))
      .status(FundingStatus.APPROVED)
      .recipient(Body.builder().name("Anytown Play Association").addIdentifiers(Identifier.of("GB-CHC", "1112223"))
          .build())
      .build();

  @Test
  void writesTheCommunityChestDecisionAsThreeGrantsTheSchemaAccepts() {
    Written written = write(GrantWriter.builder(Anytown.PREFIX), Anytown.communityChest());

    assertEquals(GrantSchema.resource("community-chest-grants.json"), written.text());
    assertEquals(List.of(), GrantSchema.errors(written.bytes()));
    assertEquals(3, written.grants().size());
    JsonNode larder = written.grants().get(0);
    assertEquals("360G-anytown-ODR-2024-017-d0.p0.a0", larder.get("id").stringValue());
    assertEquals("4500.00", larder.get("amountAwarded").decimalValue().toPlainString());
    assertEquals("2024-10-02", larder.get("awardDate").stringValue());
    assertEquals("GB-CHC-1234567", larder.at("/recipientOrganization/0/id").stringValue());
    assertEquals("1234567", larder.at("/recipientOrganization/0/charityNumber").stringValue());
    assertEquals("GB-LAE-ANY", larder.at("/fundingOrganization/0/id").stringValue());
    assertEquals("Community Chest 2024/25", larder.at("/grantProgramme/0/title").stringValue());
    assertEquals("2024-11-02", larder.at("/plannedDates/0/startDate").stringValue());
    // the person keeps the id the record gives; the allocation's own id names the grant
    JsonNode hardship = written.grants().get(2);
    assertEquals("360G-anytown-ODR-2024-017-hardship-0019", hardship.get("id").stringValue());
    assertEquals("360G-anytown-IND-0019", hardship.at("/recipientIndividual/id").stringValue());

    assertEquals(List.of(
            "LEFT_OUT 360giving.not-awarded at decisions[0].parts[3].fundingAllocations[0]: the funding is set aside, "
                + "not approved: 360Giving publishes grants awarded",
            "LEFT_OUT 360giving.not-awarded at decisions[0].parts[4].fundingAllocations[0]: the funding is recommended, "
                + "not approved: 360Giving publishes grants awarded"),
        written.notes(Kind.LEFT_OUT));
    assertEquals(List.of(
            "decisions[0].parts[0].fundingAllocations[0].amount.basis",
            "decisions[0].parts[0].fundingAllocations[0].amount.asWritten",
            "decisions[0].parts[0].fundingAllocations[0].fundingSources[0]",
            "decisions[0].parts[1].fundingAllocations[0].amount.qualifier",
            "decisions[0].parts[1].fundingAllocations[0].conditions[0]"),
        written.paths(Kind.NOT_CARRIED));
    assertEquals(List.of(
            "decisions[0].parts[1].fundingAllocations[0].recipient", // the scouts have no identifier
            "decisions[0].parts[2].fundingAllocations[0].purpose"), // the hardship grant has no purpose
        written.paths(Kind.HANDLED));
  }

  @Test
  void writesTheSameBytesEveryTime() {
    byte[] first = write(GrantWriter.builder(Anytown.PREFIX), Anytown.communityChest()).bytes();
    byte[] second = write(GrantWriter.builder(Anytown.PREFIX + "-"), Anytown.communityChest()).bytes();
    assertArrayEquals(first, second);
  }

  static Stream<Arguments> notGrants() {
    return Stream.of(
        Arguments.of("not-awarded", (UnaryOperator<FundingAllocation>) a -> a.withStatus(FundingStatus.RECOMMENDED)),
        Arguments.of("not-awarded", (UnaryOperator<FundingAllocation>) a -> a.withStatus(FundingStatus.PROPOSED)),
        Arguments.of("not-awarded", (UnaryOperator<FundingAllocation>) a -> FundingAllocation.builder().from(a)
            .status(java.util.Optional.empty()).build()),
        Arguments.of("no-recipient", (UnaryOperator<FundingAllocation>) a -> FundingAllocation.builder().from(a)
            .recipient(java.util.Optional.empty()).build()),
        Arguments.of("no-recipient", (UnaryOperator<FundingAllocation>) a -> a.withRecipient(
            Person.ofPost("the Mayor"))),
        Arguments.of("no-recipient", (UnaryOperator<FundingAllocation>) a -> a.withRecipient(
            Body.builder().addIdentifiers(Identifier.of("GB-CHC", "1")).build())),
        Arguments.of("no-amount", (UnaryOperator<FundingAllocation>) a -> FundingAllocation.builder().from(a)
            .amount(java.util.Optional.empty()).build()),
        Arguments.of("not-a-total", (UnaryOperator<FundingAllocation>) a -> a.withAmount(
            Amount.builder().money(Money.of("5000", "GBP")).basis(AmountBasis.PER_ANNUM).build())),
        Arguments.of("not-a-total", (UnaryOperator<FundingAllocation>) a -> a.withAmount(
            Amount.builder().money(Money.of("5000", "GBP")).basis(AmountBasis.FULL_YEAR_EFFECT).build())),
        Arguments.of("negative-amount", (UnaryOperator<FundingAllocation>) a -> a.withAmount(
            Amount.of(Money.of("-5000", "GBP")))),
        Arguments.of("currency", (UnaryOperator<FundingAllocation>) a -> a.withAmount(
            Amount.of(Money.of("5000", "SLE")))));
  }

  @ParameterizedTest
  @MethodSource("notGrants")
  void leavesOutWhatIsNotAGrantWithItsReason(String code, UnaryOperator<FundingAllocation> change) {
    Written written = write(GrantWriter.builder(Anytown.PREFIX), record(change.apply(GRANT)));

    assertEquals(List.of(), written.grants());
    assertEquals(List.of("360giving." + code), written.notes().stream().map(ConversionNote::code).toList());
    assertEquals("decisions[0].parts[0].fundingAllocations[0]", written.notes().get(0).path());
  }

  @Test
  void leavesOutAGrantWithNoFunderOrNoDate() {
    DecisionRecord record = record(GRANT);
    assertEquals(List.of("360giving.no-funder"), codes(record.withAuthority(Body.ofId("GB-LAE-ANY"))));
    assertEquals(List.of("360giving.no-funder"),
        codes(DecisionRecord.builder().from(record).authority(java.util.Optional.empty()).build()));
    assertEquals(List.of("360giving.no-award-date"),
        codes(DecisionRecord.builder().from(record).decisionDate(java.util.Optional.empty()).build()));
    assertEquals(List.of("360giving.no-award-date"), codes(record.withDecisionDate(LocalDate.of(10_000, 1, 1))));
  }

  @Test
  void leavesOutARechargeAndWritesTheWholeAmount() {
    FundingAllocation recharged = GRANT.withRecharges(Recharge.of(Amount.of(Money.of("1500", "GBP")),
        Body.of("Better Care Fund", BodyKind.FUND)));
    Written written = write(GrantWriter.builder(Anytown.PREFIX), record(recharged));

    assertEquals("5000.00", written.grants().get(0).get("amountAwarded").decimalValue().toPlainString());
    assertEquals(List.of("LEFT_OUT 360giving.recharge at decisions[0].parts[0].fundingAllocations[0].recharges[0]: "
        + "the recharge of GBP 1500.00 to Better Care Fund is not a grant; the grant's amountAwarded is the whole amount"),
        written.notes(Kind.LEFT_OUT));
  }

  @Test
  void findsAllocationsInSubPartsOfAMeetingAndDatesThemByTheMeeting() {
    Meeting meeting = Meeting.builder().id("exec-2024-10-02").authority(Anytown.COUNCIL)
        .date(LocalDate.of(2024, 10, 2))
        .addAgendaItems(AgendaItem.builder().minuteNumber("41").title("Play schemes")
            .addResolutions(Resolution.builder()
                .addParts(ResolutionPart.builder().label("1").text("that").effect(PartEffect.APPROVE)
                    .addParts(ResolutionPart.builder().label("a").text("£5,000 be awarded for the summer play scheme")
                        .effect(PartEffect.ALLOCATE_FUNDING).addFundingAllocations(GRANT).build())
                    .build())
                .decisionDate(LocalDate.of(2024, 10, 3)) // taken the day after, as the minutes say
                .build())
            .build())
        .build();
    Written written = write(GrantWriter.builder(Anytown.PREFIX), meeting);

    JsonNode grant = written.grants().get(0);
    assertEquals("360G-anytown-exec-2024-10-02-i0.r0.p0.p0.a0", grant.get("id").stringValue());
    assertEquals("2024-10-03", grant.get("awardDate").stringValue());
    assertEquals("£5,000 be awarded for the summer play scheme", grant.get("description").stringValue());
    assertEquals(List.of(), GrantSchema.errors(written.bytes()));
  }

  @Test
  void makesUpOnlyTheIdsTheStandardRequiresAndSaysSo() {
    DecisionRecord record = DecisionRecord.builder().from(record(GRANT.withRecipient(
        Body.named("Anytown Play Association")))).id(java.util.Optional.empty()).build();
    Written written = write(GrantWriter.builder(Anytown.PREFIX), record);

    JsonNode grant = written.grants().get(0);
    assertTrue(grant.get("id").stringValue().matches("360G-anytown-[0-9a-f]{16}-d0\\.p0\\.a0"), grant.get("id").stringValue());
    assertEquals("360G-anytown-ORG-anytown-play-association", grant.at("/recipientOrganization/0/id").stringValue());
    assertEquals(List.of("360giving.derived-id", "360giving.derived-id"),
        written.notes().stream().map(ConversionNote::code).toList());
    // the same record gives the same ids
    assertEquals(written.text(), write(GrantWriter.builder(Anytown.PREFIX), record).text());
  }

  @Test
  void writesDateModifiedOnlyWhereTheCallerOrTheRecordStatesIt() {
    DecisionRecord record = record(GRANT);
    assertTrue(write(GrantWriter.builder(Anytown.PREFIX), record).grants().get(0).path("dateModified").isMissingNode());
    OffsetDateTime now = OffsetDateTime.parse("2025-01-31T12:00:00Z");
    assertEquals("2025-01-31T12:00:00+00:00", write(GrantWriter.builder(Anytown.PREFIX).dateModified(now), record)
        .grants().get(0).get("dateModified").stringValue());
    assertThrows(IllegalArgumentException.class,
        () -> GrantWriter.builder(Anytown.PREFIX).dateModified(OffsetDateTime.parse("+10000-01-01T00:00:00Z")));
  }

  @Test
  void notesWhatOfThePartiesAGrantCannotHold() {
    Body charity = Body.builder().id("org-17").name("Anytown Play Association").abbreviation("APA")
        .addIdentifiers(Identifier.builder().scheme("GB-CHC").id("7654321").address("https://register.example/7654321").build())
        .addIdentifiers(Identifier.of("GB-COH", "07654321"))
        .addIdentifiers(Identifier.of("GB-SC", "SC012345"))
        .sme(false).build();
    Written written = write(GrantWriter.builder(Anytown.PREFIX), record(GRANT.withRecipient(charity)));

    JsonNode organisation = written.grants().get(0).at("/recipientOrganization/0");
    assertEquals("GB-CHC-7654321", organisation.get("id").stringValue());
    assertEquals("7654321", organisation.get("charityNumber").stringValue());
    assertEquals("07654321", organisation.get("companyNumber").stringValue());
    String at = "decisions[0].parts[0].fundingAllocations[0].recipient";
    assertEquals(List.of(at + ".id", at + ".identifiers[0].address", at + ".identifiers[2]", at + ".abbreviation",
        at + ".sme"), written.paths(Kind.NOT_CARRIED));
  }

  @Test
  void endsAnEmptyPackageAndLeavesTheStreamOpen() {
    ClosingCounter out = new ClosingCounter();
    GrantWriter writer = GrantWriter.builder(Anytown.PREFIX).build(out);
    assertEquals(List.of(), writer.write(Meeting.builder().build()));
    writer.close();
    writer.close();
    assertEquals("{\"grants\":[\n]}\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(0, writer.grantCount());
    assertEquals(false, out.closed);
    assertThrows(IllegalStateException.class, () -> writer.write(Meeting.builder().build()));
  }

  @Test
  void writesEachGrantAsItGoes() {
    ClosingCounter out = new ClosingCounter();
    try (GrantWriter writer = GrantWriter.builder(Anytown.PREFIX).build(out)) {
      int before = out.size();
      for (int i = 0; i < 1_000; i++) {
        assertEquals(List.of(), writer.write(record(GRANT).withId("record-" + i)));
        assertTrue(out.size() > before, "grant " + i + " was not written when its record was");
        before = out.size();
      }
      assertEquals(1_000, writer.grantCount());
    }
    assertEquals(List.of(), GrantSchema.errors(out.toByteArray()));
  }

  @Test
  void reportsAStreamThatCannotBeWritten() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    GrantWriter writer = GrantWriter.builder(Anytown.PREFIX).build(broken);
    assertThrows(UncheckedIOException.class, () -> writer.write(record(GRANT)));
    assertThrows(IllegalArgumentException.class, () -> GrantWriter.builder("360G anytown"));
  }

  /** A record of one officer decision holding {@code allocation}. */
  static DecisionRecord record(FundingAllocation allocation) {
    return DecisionRecord.builder().id("ODR-1").authority(Anytown.COUNCIL).decisionDate(LocalDate.of(2024, 10, 2))
        .addDecisions(Resolution.builder().addParts(ResolutionPart.builder().text("the grant be awarded")
            .effect(PartEffect.ALLOCATE_FUNDING).addFundingAllocations(allocation).build()).build())
        .build();
  }

  private static List<String> codes(CouncilRecord record) {
    return write(GrantWriter.builder(Anytown.PREFIX), record).notes().stream().map(ConversionNote::code).toList();
  }

  /** What a writer wrote of one record. */
  record Written(byte[] bytes, List<ConversionNote> notes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    List<JsonNode> grants() {
      return JSON.readTree(bytes).get("grants").valueStream().toList();
    }

    List<String> notes(Kind kind) {
      return notes.stream().filter(n -> n.kind() == kind).map(ConversionNote::toString).toList();
    }

    List<String> paths(Kind kind) {
      return notes.stream().filter(n -> n.kind() == kind).map(ConversionNote::path).toList();
    }
  }

  static Written write(GrantWriter.Builder builder, CouncilRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<ConversionNote> notes;
    try (GrantWriter writer = builder.build(out)) {
      notes = writer.write(record);
    }
    return new Written(out.toByteArray(), notes);
  }

  private static final class ClosingCounter extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
