package io.github.minutebook.legistar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.VoteMethod;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.procurement.Classification;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The real Legistar payloads of Chicago, LA Metro and New York City, read end to end. */
class RealPayloadsTest {
  static InputStream resource(String name) {
    InputStream in = RealPayloadsTest.class.getResourceAsStream("/legistar/" + name);
    if (in == null) {
      throw new AssertionError("missing test resource " + name);
    }
    return in;
  }

  static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Long> codes(List<? extends Converted<?>> all) {
    return all.stream().flatMap(c -> c.notes().stream())
        .collect(Collectors.groupingBy(n -> n.kind() + " " + n.code(), TreeMap::new, Collectors.counting()));
  }

  static void valid(CouncilRecord record) {
    ValidationReport report = MeetingValidator.defaults().validate(record);
    assertTrue(report.errors().isEmpty(), () -> record + ": " + report.errors());
    // and the Minutebook format holds it
    byte[] json = MinutebookJson.standard().encode(record);
    assertEquals(record, MinutebookJson.standard().decodeRecord(json));
  }

  @Test
  void chicagoHistoriesAreOnePathWithThePassedActionReadOnce() {
    LegistarImport chicago = LegistarImport.forClient("chicago");
    JsonNode rows = LegistarImport.tree(resource("chicago/dupe_event.json"));
    assertEquals(4, rows.size());
    Converted<DecisionRecord> converted = chicago.histories("42", rows);
    DecisionRecord record = converted.value().orElseThrow();
    valid(record);
    assertEquals("https://webapi.legistar.com/v1/chicago/matters/42", record.id().orElseThrow());
    // Referred -> Recommended to Pass -> Passed: 3 steps, the fourth row is the Passed minutes row
    List<Consultation> path = record.consultations();
    assertEquals(List.of("Referred", "Recommended to Pass", "Passed"),
        path.stream().map(c -> c.role().orElseThrow()).toList());
    assertEquals("City Council", path.get(0).bodies().get(0).name().orElseThrow());
    assertTrue(path.get(0).meetingId().isEmpty(), "the referral names no event");
    assertEquals("https://webapi.legistar.com/v1/chicago/events/3683", path.get(2).meetingId().orElseThrow());
    assertEquals(636, path.get(2).order().orElseThrow());
    // two results: the committee's recommendation by voice vote and the council's passing
    assertEquals(2, record.decisions().size());
    Resolution recommended = record.decisions().get(0);
    assertEquals("Committee on Zoning, Landmarks and Building Standards",
        ((io.github.minutebook.party.Body) recommended.decisionMaker().orElseThrow()).name().orElseThrow());
    assertEquals(LocalDate.of(2013, 4, 30), recommended.decisionDate().orElseThrow());
    assertTrue(recommended.preamble().isEmpty(), "the action text is the clerk's, not the resolution's words");
    assertEquals(VoteMethod.VOICE_VOTE, recommended.vote().orElseThrow().method().orElseThrow());
    assertEquals(VoteResult.CARRIED, recommended.vote().orElseThrow().result().orElseThrow());
    assertEquals(true, recommended.consentAgenda().orElseThrow());
    Resolution passed = record.decisions().get(1);
    assertEquals(LocalDate.of(2013, 5, 8), passed.decisionDate().orElseThrow());
    assertTrue(passed.movedBy().isEmpty(), "the mover is missing from the minutes, so unknown");
    assertEquals("https://webapi.legistar.com/v1/chicago/events/3683",
        passed.decidedAt().orElseThrow().meetingId().orElseThrow());
    assertEquals("10", passed.decidedAt().orElseThrow().agendaNumber().orElseThrow());

    List<ConversionNote> notes = converted.notes();
    assertEquals(1, notes.stream().filter(n -> n.code().equals("legistar.duplicate-action")).count());
    assertEquals("/3", notes.stream().filter(n -> n.code().equals("legistar.duplicate-action")).findFirst()
        .orElseThrow().path());
    assertTrue(notes.stream().anyMatch(n -> n.code().equals("legistar.blank-mover")));
    assertTrue(notes.stream().anyMatch(n -> n.code().equals("legistar.double-space")
        && n.path().equals("/1/MatterHistoryActionText")));
    // the minutes row's own timestamp differs from the agenda row's: listed, not dropped
    assertTrue(notes.stream().anyMatch(n -> n.path().equals("/3/MatterHistoryLastModifiedUtc")
        && n.kind() == ConversionNote.Kind.NOT_CARRIED), notes::toString);
    System.out.println("chicago histories: " + codes(List.of(converted)));
  }

  @Test
  void metroIndexesAreTopicsOfTheirScheme() {
    LegistarImport metro = LegistarImport.forClient("metro");
    List<Converted<Classification>> all;
    try (Stream<Converted<Classification>> indexes = metro.indexes(resource("metro/all_indexes.json"))) {
      all = indexes.toList();
    }
    assertEquals(532, all.size());
    assertTrue(all.stream().allMatch(Converted::isConverted));
    Classification first = all.get(0).value().orElseThrow();
    assertEquals("legistar:metro:index", first.scheme());
    assertEquals("207", first.code());
    assertEquals("Zero Emissions", first.description().orElseThrow());
    Map<String, Long> codes = codes(all);
    System.out.println("metro indexes: " + codes);
    // every row's "api_metadata": null is read as saying nothing
    assertEquals(532L, codes.get("HANDLED legistar.api-metadata"));
    // the flags, the row version have no place: listed by pointer
    assertTrue(all.get(0).notes().stream().anyMatch(n -> n.path().equals("/0/IndexActiveFlag")));

    JsonNode matterIndexes = LegistarImport.tree(resource("metro/matter_index.json"));
    Classification bus = metro.matterIndex(matterIndexes.get(0)).value().orElseThrow();
    assertEquals("2041", bus.code());
    assertEquals("BUS CONGESTION", bus.description().orElseThrow());
  }

  @Test
  void nycCalendarRowsAreMeetings() {
    List<Converted<Meeting>> all = InSitePages.calendar(text("nyc/events.html"),
        "https://legistar.council.nyc.gov/Calendar.aspx", ZoneId.of("America/New_York"));
    assertEquals(40, all.size());
    assertTrue(all.stream().allMatch(Converted::isConverted));
    Meeting first = all.get(0).value().orElseThrow();
    assertEquals("Subcommittee on Landmarks, Public Siting and Maritime Uses", first.body().orElseThrow().name()
        .orElseThrow());
    assertEquals(LocalDate.of(2019, 1, 31), first.date().orElseThrow());
    assertEquals(LocalTime.NOON, first.startTime().orElseThrow());
    assertEquals(ZoneId.of("America/New_York"), first.zone().orElseThrow());
    assertEquals("250 Broadway - Committee Rm, 16th Fl.", first.location().orElseThrow());
    assertTrue(first.title().isEmpty(), "no topic given");
    assertEquals("https://nyc.legistar.com/MeetingDetail.aspx?ID=670695&GUID=3943FD0A-37DD-4C1C-918B-C68552F9F329"
        + "&Options=info&Search=", first.id().orElseThrow());
    assertEquals(1, first.documents().size());
    assertEquals(DocumentKind.AGENDA, first.documents().get(0).kind());
    Meeting joint = all.get(10).value().orElseThrow();
    assertEquals("Committee Room - City Hall\nJointly with the Committee on Parks and Recreation",
        joint.location().orElseThrow());
    assertEquals(40, all.stream().filter(m -> m.value().orElseThrow().documents().stream()
        .anyMatch(d -> d.kind() == DocumentKind.AGENDA)).count());
    assertEquals(1, all.stream().filter(m -> m.value().orElseThrow().documents().stream()
        .anyMatch(d -> d.kind() == DocumentKind.MINUTES)).count());
    // two meetings have "Deferred" where the time should be
    List<Meeting> deferred = all.stream().map(m -> m.value().orElseThrow())
        .filter(m -> m.status().isPresent()).toList();
    assertEquals(2, deferred.size());
    assertEquals(io.github.minutebook.meeting.MeetingStatus.POSTPONED, deferred.get(0).status().orElseThrow());
    assertTrue(deferred.get(0).startTime().isEmpty());
    assertEquals("Committee on Consumer Affairs and Business Licensing",
        deferred.get(0).body().orElseThrow().name().orElseThrow());
    for (Converted<Meeting> m : all) {
      valid(m.value().orElseThrow());
    }
    System.out.println("nyc calendar: " + codes(all));
  }

  @Test
  void chicagoLegislationRowsAreMatters() {
    List<Converted<DecisionRecord>> all = InSitePages.legislation(text("chicago/bills.html"),
        "https://chicago.legistar.com/Legislation.aspx");
    assertEquals(100, all.size());
    DecisionRecord first = all.get(0).value().orElseThrow();
    assertEquals("O2018-9628", first.reference().orElseThrow());
    assertEquals("Ordinance", first.recordType().orElseThrow());
    assertEquals("Introduced", first.status().orElseThrow());
    assertEquals(LocalDate.of(2018, 12, 12), first.introductionDate().orElseThrow());
    assertTrue(first.decisionDate().isEmpty(), "no final action yet");
    assertEquals("Grant(s) of privilege in public way for Arrive South Loop", first.title().orElseThrow());
    assertTrue(first.id().orElseThrow().startsWith("https://chicago.legistar.com/LegislationDetail.aspx?ID=3779732"));
    DecisionRecord passed = all.get(9).value().orElseThrow();
    assertEquals("O2018-9201", passed.reference().orElseThrow());
    assertEquals(LocalDate.of(2018, 12, 12), passed.decisionDate().orElseThrow());
    assertFalse(all.get(0).notes().stream().noneMatch(n -> n.path().equals("/rows/0/Main Sponsor's Ward~1Office")),
        "the sponsor's ward is listed as not carried");
    for (Converted<DecisionRecord> r : all) {
      valid(r.value().orElseThrow());
    }
    System.out.println("chicago legislation: " + codes(all) + " statuses "
        + all.stream().collect(Collectors.groupingBy(r -> r.value().orElseThrow().status().orElse("?"),
            TreeMap::new, Collectors.counting())));
  }
}
