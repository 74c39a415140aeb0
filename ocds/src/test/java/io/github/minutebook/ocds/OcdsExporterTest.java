package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.procurement.FrameworkKind;
import io.github.minutebook.procurement.ProcurementMethod;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a contract award becomes in OCDS, field by field, and what is noted instead. */
class OcdsExporterTest {
  private static final OcdsExporter EXPORTER = OcdsExporter.builder("ocds-abc123").build();
  private static final Body BROMLEY = Body.of("London Borough of Bromley", BodyKind.AUTHORITY);

  @Test
  void rejectsAnOcidPrefixNotOfOcdsForm() {
    for (String prefix : List.of("ocds-ABC123", "ocds-abc12", "abc123", "ocds-abc1234", "ocds-abc12-", "")) {
      assertThrows(IllegalArgumentException.class, () -> OcdsExporter.builder(prefix), prefix);
    }
    assertEquals("ocds-b5fd17", OcdsExporter.builder("ocds-b5fd17").build().ocidPrefix());
  }

  @Test
  void aPackageNeedsItsPublisherAndItsOwnAddress() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(IllegalStateException.class, () -> EXPORTER.writer(out));
    assertThrows(IllegalStateException.class, () -> OcdsExporter.builder("ocds-abc123").publisher("P").build().writer(out));
    assertThrows(IllegalArgumentException.class, () -> OcdsExporter.builder("ocds-abc123").packageUri("not a uri"));
    assertEquals(0, out.size());
  }

  @Test
  void theJaduDirectAwardOfTheSeedMinutes() {
    Converted<ObjectNode> jadu = EXPORTER.releases(Fixtures.record(bromley())).stream()
        .filter(r -> r.source().startsWith("agendaItems[12].resolutions[0].parts[1].contractAwards[0]"))
        .findFirst().orElseThrow();
    JsonNode release = jadu.value().orElseThrow();
    assertEquals("[\"award\"]", release.get("tag").toString());
    assertEquals("2016-09-14T00:00:00Z", release.get("date").asString());
    assertEquals("""
        {"id":"%s","title":"upgrade of the Web content management system to Jadu Continuum",\
        "procurementMethod":"direct","procurementMethodDetails":"negotiated single tender",\
        "procurementMethodRationale":"an upgrade to an existing licence which only Jadu could perform"}"""
        .formatted(release.get("ocid").asString()), release.get("tender").toString());
    JsonNode award = release.at("/awards/0");
    assertEquals("{\"amount\":53000.00,\"currency\":\"GBP\"}", award.get("value").toString());
    assertEquals("Jadu Ltd", award.at("/suppliers/0/name").asString());
    assertEquals("Minute 81 (UPGRADE OF WEBSITE), part (2)", award.at("/documents/0/description").asString());
    assertEquals("[supplier]", roles(release, "Jadu Ltd"));
    assertEquals("[buyer]", roles(release, "London Borough of Bromley"));
    assertEquals(List.of(
        "NOT_CARRIED ocds.value-qualified at agendaItems[12].resolutions[0].parts[1].contractAwards[0].values[0]",
        "NOT_CARRIED ocds.organization at agendaItems[12].resolutions[0].parts[1].contractAwards[0].suppliers[0]"),
        heads(jadu.notes()));
  }

  @Test
  void unknownStaysUnknown() {
    ContractAward bare = ContractAward.builder().subject("a new boiler").stage(ContractStage.AWARD).build();
    Converted<ObjectNode> release = only(meeting(bare));
    assertEquals(List.of(), release.notes());
    ObjectNode json = release.value().orElseThrow();
    assertEquals(List.of("ocid", "id", "date", "tag", "initiationType", "parties", "buyer", "tender", "awards"), names(json));
    assertEquals(List.of("id", "title"), names(json.get("tender")));
    // the award's date is the decision's: the meeting's; nothing else is stated
    assertEquals(List.of("id", "date", "documents"), names(json.at("/awards/0")));
    assertTrue(OcdsSchemas.validateRelease(json).isEmpty());
  }

  @Test
  void theOcidIsThePrefixAndTheAwardsIdOrOneDerivedFromTheRecordAndThePosition() {
    ContractAward identified = ContractAward.builder().id("award-7").subject("s").stage(ContractStage.AWARD).build();
    assertEquals("ocds-abc123-award-7", only(meeting(identified)).value().orElseThrow().get("ocid").asString());
    assertEquals("ocds-abc123-award-7-award", only(meeting(identified)).value().orElseThrow().get("id").asString());

    ContractAward anonymous = ContractAward.builder().subject("s").stage(ContractStage.AWARD).build();
    Meeting withId = meeting(anonymous).withId("bromley-exec-2016-09-14");
    assertEquals("ocds-abc123-bromley-exec-2016-09-14-0-0-0-0", only(withId).value().orElseThrow().get("ocid").asString());
    String derived = only(meeting(anonymous)).value().orElseThrow().get("ocid").asString();
    assertEquals(derived, only(meeting(anonymous)).value().orElseThrow().get("ocid").asString(), "the same every time");
    assertTrue(derived.matches("ocds-abc123-[0-9a-f]{16}-0-0-0-0"), derived);
    String otherDay = only(meeting(anonymous).withDate(LocalDate.of(2016, 9, 15))).value().orElseThrow().get("ocid").asString();
    assertFalse(derived.equals(otherDay), "another meeting's award has another ocid");
  }

  @Test
  void anAwardWithNoDateAnywhereHasNoReleaseUnlessThePackageIsDated() {
    ContractAward award = ContractAward.builder().subject("s").stage(ContractStage.AWARD).build();
    Meeting undated = Meeting.builder().authority(BROMLEY).addAgendaItem(item(award)).build();
    Converted<ObjectNode> failed = only(undated);
    assertFalse(failed.isConverted());
    assertEquals(List.of("FAILED ocds.no-date at agendaItems[0].resolutions[0].parts[0].contractAwards[0]"),
        heads(failed.notes()));

    OcdsExporter dated = OcdsExporter.builder("ocds-abc123")
        .publishedDate(OffsetDateTime.parse("2024-03-01T09:30:00Z")).build();
    assertEquals("2024-03-01T09:30:00Z", dated.releases(undated).get(0).value().orElseThrow().get("date").asString());
  }

  @Test
  void eachStageGivesItsTag() {
    assertEquals("[\"planning\"]", tag(ContractStage.APPROVAL_TO_PROCURE));
    assertEquals("[\"planning\"]", tag(ContractStage.MARKET_TEST));
    assertEquals("[\"award\"]", tag(ContractStage.AWARD));
    assertEquals("[\"award\"]", tag(ContractStage.CALL_OFF));
    assertEquals("[\"award\"]", tag(ContractStage.DIRECT_AWARD));
    assertEquals("[\"award\"]", tag(ContractStage.USE_OF_EXISTING_CONTRACT));
    assertEquals("[\"contractAmendment\"]", tag(ContractStage.VARIATION));
    assertEquals("[\"contractAmendment\"]", tag(ContractStage.EXTENSION));
  }

  @Test
  void anExtensionAmendsTheContract() {
    ContractAward extension = ContractAward.builder().id("x").subject("grounds maintenance").stage(ContractStage.EXTENSION)
        .addSupplier(Body.of("idverde", BodyKind.COMPANY))
        .extensionReason("to align with the new highways contract")
        .term(ContractTerm.builder().end(LocalDate.of(2018, 3, 31)).build())
        .build();
    JsonNode json = only(meeting(extension)).value().orElseThrow();
    assertEquals("""
        {"id":"x","awardID":"x","title":"grounds maintenance","period":{"endDate":"2018-03-31T00:00:00Z"},\
        "amendments":[{"id":"1","date":"2016-09-14T00:00:00Z","rationale":"to align with the new highways contract",\
        "description":"extension"}],"documents":[{"id":"minutes-1","title":"Minutes, 2016-09-14",\
        "description":"Minute 81 (Contracts), part (2)"}]}""", json.at("/contracts/0").toString());
    assertEquals("idverde", json.at("/awards/0/suppliers/0/name").asString());
    assertTrue(OcdsSchemas.validateRelease(json).isEmpty());
  }

  @Test
  void frameworksSetUpAndCalledOffFrom() {
    ContractAward setsUp = ContractAward.builder().subject("tyres").stage(ContractStage.AWARD)
        .establishes(Framework.builder().name("NEPO201 Tyres").kind(FrameworkKind.FRAMEWORK_AGREEMENT).build()).build();
    assertEquals("{\"hasFrameworkAgreement\":true,\"frameworkAgreement\":{\"description\":\"NEPO201 Tyres\"}}",
        only(meeting(setsUp)).value().orElseThrow().at("/tender/techniques").toString());

    ContractAward callOff = ContractAward.builder().subject("insurance").stage(ContractStage.CALL_OFF)
        .framework(Framework.builder().name("YPO's Insurance Placement DPS - 978").kind(FrameworkKind.DYNAMIC_PURCHASING_SYSTEM)
            .provider(Body.named("YPO")).build()).build();
    Converted<ObjectNode> called = only(meeting(callOff));
    JsonNode json = called.value().orElseThrow();
    assertEquals("{\"hasDynamicPurchasingSystem\":true}", json.at("/tender/techniques").toString());
    assertEquals("[{\"id\":\"1\",\"relationship\":[\"framework\"],\"title\":\"YPO's Insurance Placement DPS - 978\"}]",
        json.get("relatedProcesses").toString());
    assertEquals(List.of("NOT_CARRIED ocds.framework-details at agendaItems[0].resolutions[0].parts[0].contractAwards[0].framework"),
        heads(called.notes()));

    ContractAward list = ContractAward.builder().subject("reviewing officers").stage(ContractStage.AWARD)
        .establishes(Framework.builder().name("Approved Supplier List").kind(FrameworkKind.APPROVED_LIST).build()).build();
    Converted<ObjectNode> listed = only(meeting(list));
    assertTrue(listed.value().orElseThrow().at("/tender/techniques").isMissingNode());
    assertEquals(List.of("NOT_CARRIED ocds.establishes at agendaItems[0].resolutions[0].parts[0].contractAwards[0].establishes"),
        heads(listed.notes()));
  }

  @Test
  void lotsAreNumberedInOrderAndTheAwardRelatesToItsOwn() {
    ContractAward lot2 = ContractAward.builder().subject("insurance").stage(ContractStage.AWARD)
        .lots(3).addLotTitles("Lot 1 - Property", "Lot 2 - Crime/FG").lot("Lot 2 - Crime/FG").build();
    JsonNode json = only(meeting(lot2)).value().orElseThrow();
    assertEquals("[{\"id\":\"1\",\"title\":\"Lot 1 - Property\"},{\"id\":\"2\",\"title\":\"Lot 2 - Crime/FG\"},{\"id\":\"3\"}]",
        json.at("/tender/lots").toString());
    assertEquals("[\"2\"]", json.at("/awards/0/relatedLots").toString());

    Converted<ObjectNode> unplaced = only(meeting(lot2.withLot("Lot 9")));
    assertTrue(unplaced.value().orElseThrow().at("/awards/0/relatedLots").isMissingNode());
    assertEquals(List.of("LEFT_OUT ocds.lot at agendaItems[0].resolutions[0].parts[0].contractAwards[0].lot"),
        heads(unplaced.notes()));
  }

  @Test
  void theAwardValueIsATotalNeverARate() {
    Amount perYear = Amount.builder().money(Money.of("220000", "GBP")).basis(AmountBasis.PER_ANNUM).asWritten("£220k").build();
    Amount total = Amount.builder().money(Money.of("660000", "GBP")).qualifier(AmountQualifier.UP_TO)
        .basis(AmountBasis.TOTAL_OVER_PERIOD).build();
    ContractAward award = ContractAward.builder().subject("s").stage(ContractStage.AWARD).addValues(perYear, total).build();
    Converted<ObjectNode> release = only(meeting(award));
    assertEquals("{\"amount\":660000.00,\"currency\":\"GBP\"}", release.value().orElseThrow().at("/awards/0/value").toString());
    String at = "agendaItems[0].resolutions[0].parts[0].contractAwards[0]";
    assertEquals(List.of("LEFT_OUT ocds.value at " + at + ".values[0]", "NOT_CARRIED ocds.value-qualified at " + at + ".values[1]"),
        heads(release.notes()));

    Converted<ObjectNode> rateOnly = only(meeting(award.withValues(perYear)));
    assertTrue(rateOnly.value().orElseThrow().at("/awards/0/value").isMissingNode(), "no value rather than a rate");

    Converted<ObjectNode> unlisted = only(meeting(award.withValues(Amount.of(Money.of("10", "VED")))));
    assertEquals(List.of("LEFT_OUT ocds.currency at " + at + ".values[0]"), heads(unlisted.notes()));
  }

  @Test
  void partiesHaveTheirRolesOnce() {
    Body ccg = Body.builder().name("Bromley Clinical Commissioning Group").abbreviation("BCCG").kind(BodyKind.HEALTH_BODY).build();
    Body jadu = Body.builder().name("Jadu Ltd").addIdentifiers(Identifier.of("GB-COH", "04071463")).sme(true).build();
    Body adecco = Body.builder().name("Adecco").sme(false).vcse(false).build();
    ContractAward award = ContractAward.builder().subject("s").stage(ContractStage.AWARD)
        .contractingAuthority(ccg).leadBody(ccg).addJointWith(ccg).addSuppliers(jadu, adecco, jadu).build();
    Converted<ObjectNode> release = only(meeting(award));
    JsonNode json = release.value().orElseThrow();
    assertEquals("[buyer]", roles(json, "London Borough of Bromley"));
    assertEquals("[procuringEntity, buyer]", roles(json, "Bromley Clinical Commissioning Group"));
    assertEquals("[supplier, tenderer]", roles(json, "Jadu Ltd"));
    assertEquals("{\"id\":\"party-2\",\"name\":\"Bromley Clinical Commissioning Group\"}", json.at("/tender/procuringEntity").toString());
    assertEquals("{\"id\":\"GB-COH-04071463\",\"name\":\"Jadu Ltd\"}", json.at("/awards/0/suppliers/0").toString());
    assertEquals(2, json.at("/awards/0/suppliers").size(), "Jadu once");
    assertEquals("{\"scale\":\"sme\"}", party(json, "Jadu Ltd").get("details").toString());
    assertEquals("{\"vcse\":false}", party(json, "Adecco").get("details").toString());
    String at = "agendaItems[0].resolutions[0].parts[0].contractAwards[0]";
    assertEquals(List.of("NOT_CARRIED ocds.organization at " + at + ".contractingAuthority",
        "NOT_CARRIED ocds.organization at " + at + ".suppliers[1]"), heads(release.notes()));
    assertTrue(OcdsSchemas.validateRelease(json).isEmpty());
  }

  @Test
  void aDeadlineTimeNeedsTheMeetingsZone() {
    ContractAward award = ContractAward.builder().subject("s").stage(ContractStage.APPROVAL_TO_PROCURE)
        .procurementMethod(ProcurementMethod.OPEN)
        .tenderDeadline(LocalDate.of(2020, 5, 8)).tenderDeadlineTime(LocalTime.NOON).build();
    Converted<ObjectNode> zoned = only(meeting(award).withZone(ZoneId.of("Europe/London")));
    assertEquals("2020-05-08T12:00:00+01:00", zoned.value().orElseThrow().at("/tender/tenderPeriod/endDate").asString());
    assertEquals(List.of(), zoned.notes());

    Converted<ObjectNode> unzoned = only(meeting(award));
    assertEquals("2020-05-08T00:00:00Z", unzoned.value().orElseThrow().at("/tender/tenderPeriod/endDate").asString());
    assertEquals(List.of("NOT_CARRIED ocds.deadline-time at agendaItems[0].resolutions[0].parts[0].contractAwards[0]"
        + ".tenderDeadlineTime"), heads(unzoned.notes()));
  }

  @Test
  void optionsToExtendAreRenewals() {
    ContractTerm term = ContractTerm.builder().start(LocalDate.of(2017, 4, 1)).duration(Period.ofYears(1))
        .addExtensionOptions(Period.ofYears(1), Period.ofYears(1)).maximumEnd(LocalDate.of(2020, 3, 31))
        .asWritten("a 1 year +1+1 contract").build();
    ContractAward award = ContractAward.builder().subject("s").stage(ContractStage.AWARD).term(term).build();
    JsonNode json = only(meeting(award)).value().orElseThrow().at("/awards/0");
    assertEquals("{\"startDate\":\"2017-04-01T00:00:00Z\",\"maxExtentDate\":\"2020-03-31T00:00:00Z\",\"durationInMonths\":12}",
        json.get("contractPeriod").toString());
    assertTrue(json.get("hasRenewal").asBoolean());
    assertEquals("{\"description\":\"a 1 year +1+1 contract\",\"maximumRenewals\":2,\"period\":{\"durationInMonths\":24}}",
        json.get("renewal").toString());
  }

  // --- helpers ---

  private static Converted<ObjectNode> only(CouncilRecord record) {
    List<Converted<ObjectNode>> releases = EXPORTER.releases(record);
    assertEquals(1, releases.size());
    return releases.get(0);
  }

  private static String tag(ContractStage stage) {
    ContractAward award = ContractAward.builder().subject("s").stage(stage).build();
    JsonNode json = only(meeting(award)).value().orElseThrow();
    assertTrue(OcdsSchemas.validateRelease(json).isEmpty(), stage::toString);
    return json.get("tag").toString();
  }

  /** A meeting of Bromley's Executive on 14 September 2016 whose one decision is {@code award}. */
  private static Meeting meeting(ContractAward award) {
    return Meeting.builder().authority(BROMLEY).date(LocalDate.of(2016, 9, 14)).addAgendaItem(item(award)).build();
  }

  private static AgendaItem item(ContractAward award) {
    return AgendaItem.builder().minuteNumber("81").title("Contracts")
        .addResolution(Resolution.builder().addPart(ResolutionPart.builder().label("2").text("RESOLVED that ...")
            .effect(PartEffect.AWARD_CONTRACT).addContractAward(award).build()).build())
        .build();
  }

  private static java.nio.file.Path bromley() {
    return Fixtures.seeds().stream().filter(p -> p.getFileName().toString().startsWith("bromley-executive"))
        .findFirst().orElseThrow();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  private static JsonNode party(JsonNode release, String name) {
    for (JsonNode party : release.get("parties")) {
      if (party.path("name").asString("").equals(name)) {
        return party;
      }
    }
    throw new AssertionError("no party " + name + " in " + release.get("parties"));
  }

  private static String roles(JsonNode release, String name) {
    List<String> roles = new ArrayList<>();
    party(release, name).get("roles").forEach(r -> roles.add(r.asString()));
    return roles.toString();
  }

  /** Each note's kind, code and path. */
  private static List<String> heads(List<ConversionNote> notes) {
    return notes.stream().map(n -> n.kind() + " " + n.code() + " at " + n.path()).toList();
  }
}
