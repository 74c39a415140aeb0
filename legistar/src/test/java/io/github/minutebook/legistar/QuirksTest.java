package io.github.minutebook.legistar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.MotionOutcome;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MinutesStatus;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.DocumentKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each quirk of Legistar's Web API, on small rows shaped as the API documents them (field names
 * from webapi.legistar.com/Help; values hand-made, as no real EventItems or Votes under a
 * permitted licence were found).
 */
class QuirksTest {
  private static final LegistarImport SEATTLE = LegistarImport.forClient("seattle");

  static JsonNode json(String text) {
    return LegistarImport.tree(new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
  }

  static boolean has(Converted<?> c, Kind kind, String code, String path) {
    return c.notes().stream().anyMatch(n -> n.kind() == kind && n.code().equals(code) && n.path().equals(path));
  }

  static final String EVENT = """
      {'EventId': 4211, 'EventGuid': 'A1B2', 'EventLastModifiedUtc': '2019-01-07T16:59:44.7',
       'EventRowVersion': 'AAAAAAB=', 'EventBodyId': 138, 'EventBodyName': 'City Council',
       'EventDate': '2019-01-14T00:00:00', 'EventTime': '10:00 AM', 'EventVideoStatus': 'Public',
       'EventAgendaStatusId': 2, 'EventAgendaStatusName': 'Final', 'EventMinutesStatusId': 1,
       'EventMinutesStatusName': 'Draft', 'EventLocation': 'Council Chamber, City Hall  \\r\\n',
       'EventAgendaFile': 'https://legistar2.granicus.com/seattle/meetings/2019/1/4211_A.pdf',
       'EventMinutesFile': null, 'EventAgendaLastPublishedUTC': '2019-01-10T21:03:12.9633333',
       'EventMinutesLastPublishedUTC': null, 'EventComment': null, 'EventVideoPath': null, 'EventMedia': null,
       'EventInSiteURL': 'https://seattle.legistar.com/MeetingDetail.aspx?LEGID=4211&GID=393&G=A1B2',
       'api_metadata': null,
       'EventItems': [
        {'EventItemId': 9001, 'EventItemEventId': 4211, 'EventItemAgendaSequence': 3,
         'EventItemMinutesSequence': null, 'EventItemAgendaNumber': '1.', 'EventItemActionId': 13,
         'EventItemActionName': 'passed', 'EventItemActionText': null, 'EventItemPassedFlag': 1,
         'EventItemPassedFlagName': 'Pass', 'EventItemRollCallFlag': 1,
         'EventItemTitle': 'AN ORDINANCE relating to  land use\\r\\n', 'EventItemTally': '7-2',
         'EventItemConsent': 0, 'EventItemMoverId': null, 'EventItemMover': null,
         'EventItemSeconderId': null, 'EventItemSeconder': null, 'EventItemMatterId': 777,
         'EventItemMatterFile': 'CB 119400', 'EventItemMatterName': 'Land use code',
         'EventItemMatterType': 'Council Bill (CB)', 'EventItemMatterStatus': 'Passed',
         'EventItemLastModifiedUtc': '2019-01-15T01:02:03.12'},
        {'EventItemId': 9002, 'EventItemEventId': 4211, 'EventItemAgendaSequence': null,
         'EventItemMinutesSequence': 5, 'EventItemAgendaNumber': '1.', 'EventItemActionId': 13,
         'EventItemActionName': 'passed',
         'EventItemActionText': 'Motion was made by Councilmember Juarez, duly seconded by Councilmember Bagshaw, that the Council Bill be passed.\\r\\n\\r\\nThe Motion carried by the following vote:',
         'EventItemPassedFlag': 1, 'EventItemPassedFlagName': 'Pass', 'EventItemRollCallFlag': 1,
         'EventItemTitle': 'AN ORDINANCE relating to  land use\\r\\n', 'EventItemTally': '7-2',
         'EventItemConsent': 0, 'EventItemMoverId': 55, 'EventItemMover': 'Debora Juarez',
         'EventItemSeconderId': 56, 'EventItemSeconder': 'Sally Bagshaw', 'EventItemMatterId': 777,
         'EventItemMatterFile': 'CB 119400', 'EventItemMatterName': 'Land use code',
         'EventItemMatterType': 'Council Bill (CB)', 'EventItemMatterStatus': 'Passed',
         'EventItemLastModifiedUtc': '2019-01-16T01:02:03.1234567'},
        {'EventItemId': 9003, 'EventItemEventId': 4211, 'EventItemAgendaSequence': 4,
         'EventItemMinutesSequence': 6, 'EventItemAgendaNumber': '2.', 'EventItemActionId': 7,
         'EventItemActionName': 'failed', 'EventItemActionText': 'On motion of , the Resolution failed',
         'EventItemPassedFlag': 0, 'EventItemPassedFlagName': 'Fail', 'EventItemRollCallFlag': 0,
         'EventItemTitle': 'A RESOLUTION on street names', 'EventItemTally': '',
         'EventItemMover': '', 'EventItemMatterId': null}
       ]}
      """;

  @Test
  void anEventIsAMeetingInLocalTimeWithItsZoneUnknownUnlessGiven() {
    Converted<Meeting> converted = SEATTLE.event(json(EVENT));
    Meeting meeting = converted.value().orElseThrow();
    assertEquals("https://webapi.legistar.com/v1/seattle/events/4211", meeting.id().orElseThrow());
    assertEquals(LocalDate.of(2019, 1, 14), meeting.date().orElseThrow());
    assertEquals(LocalTime.of(10, 0), meeting.startTime().orElseThrow());
    assertTrue(meeting.zone().isEmpty(), "Legistar states no zone");
    assertTrue(has(converted, Kind.HANDLED, "legistar.no-zone", "/EventDate"));
    ZoneId pacific = ZoneId.of("America/Los_Angeles");
    assertEquals(pacific, SEATTLE.inZone(pacific).event(json(EVENT)).value().orElseThrow().zone().orElseThrow());
    Body body = meeting.body().orElseThrow();
    assertEquals("https://webapi.legistar.com/v1/seattle/bodies/138", body.id().orElseThrow());
    assertEquals("City Council", body.name().orElseThrow());
    // trailing spaces and CR LF taken off
    assertEquals("Council Chamber, City Hall", meeting.location().orElseThrow());
    assertTrue(has(converted, Kind.HANDLED, "legistar.padded-text", "/EventLocation"));
    assertEquals(MinutesStatus.DRAFT, meeting.minutesStatus().orElseThrow());
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.agenda-status", "/EventAgendaStatusName"));
    assertTrue(meeting.status().isEmpty(), "a final agenda says nothing about whether the meeting was held");
    assertEquals("https://seattle.legistar.com/MeetingDetail.aspx?LEGID=4211&GID=393&G=A1B2", meeting.web().orElseThrow());
    assertEquals(1, meeting.documents().size(), "the minutes file is null: no document");
    assertEquals(DocumentKind.AGENDA, meeting.documents().get(0).kind());
    // fractional seconds of one digit, read as UTC because the name says so
    assertEquals(OffsetDateTime.of(2019, 1, 7, 16, 59, 44, 700_000_000, ZoneOffset.UTC),
        meeting.provenance().orElseThrow().modified().orElseThrow());
    assertTrue(has(converted, Kind.HANDLED, "legistar.api-metadata", "/api_metadata"));
    // seven-digit fractions are read too, and what has no place is listed by pointer
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/EventAgendaLastPublishedUTC"));
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/EventRowVersion"));
    assertFalse(converted.notes().stream().anyMatch(n -> n.path().equals("/EventMinutesFile")), "a null says nothing");
  }

  @Test
  void theSameActionAsAgendaRowAndMinutesRowIsOneItem() {
    Converted<Meeting> converted = SEATTLE.event(json(EVENT));
    List<AgendaItem> items = converted.value().orElseThrow().agendaItems();
    assertEquals(2, items.size(), "three rows, one of them the minutes row of the first");
    assertTrue(has(converted, Kind.HANDLED, "legistar.duplicate-action", "/EventItems/1"));
    AgendaItem passed = items.get(0);
    assertEquals("https://webapi.legistar.com/v1/seattle/eventitems/9001", passed.id().orElseThrow());
    assertEquals(3, passed.order().orElseThrow());
    assertEquals("1.", passed.agendaNumber().orElseThrow());
    assertEquals("AN ORDINANCE relating to land use", passed.title().orElseThrow());
    assertTrue(has(converted, Kind.HANDLED, "legistar.double-space", "/EventItems/0/EventItemTitle"));
    assertEquals(ItemOutcome.DECIDED, passed.outcome().orElseThrow());
    assertEquals("passed", passed.result().orElseThrow());
    // the minutes row's text, kept as two paragraphs
    assertEquals(2, passed.narrative().size());
    assertEquals("The Motion carried by the following vote:", passed.narrative().get(1).text());
    Motion motion = passed.motions().get(0);
    assertEquals("Debora Juarez", motion.movedBy().orElseThrow().name().orElseThrow());
    assertEquals("https://webapi.legistar.com/v1/seattle/persons/56", motion.secondedBy().orElseThrow().id()
        .orElseThrow());
    assertEquals(MotionOutcome.CARRIED, motion.outcome().orElseThrow());
    Vote vote = motion.vote().orElseThrow();
    assertEquals(VoteResult.CARRIED, vote.result().orElseThrow());
    assertEquals(Map.of(VoteOption.YES, 7, VoteOption.NO, 2), vote.counts());
    assertTrue(has(converted, Kind.HANDLED, "legistar.tally", "/EventItems/0/EventItemTally"));
    assertTrue(has(converted, Kind.HANDLED, "legistar.flag", "/EventItems/0/EventItemPassedFlag"));
    // the linked matter
    assertEquals("https://webapi.legistar.com/v1/seattle/matters/777", passed.consultations().get(0).recordId()
        .orElseThrow());
    assertEquals("Passed", passed.consultations().get(0).status().orElseThrow());
    assertEquals("CB 119400", passed.reportReferences().get(0).reference().orElseThrow());
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/EventItems/0/EventItemMatterType"));
    // the minutes row's differing timestamp is listed, not dropped
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/EventItems/1/EventItemLastModifiedUtc"));
  }

  @Test
  void aFailedActionWithoutMoverIsLostWithTheMoverUnknown() {
    Converted<Meeting> converted = SEATTLE.event(json(EVENT));
    AgendaItem failed = converted.value().orElseThrow().agendaItems().get(1);
    assertEquals(ItemOutcome.LOST, failed.outcome().orElseThrow());
    Motion motion = failed.motions().get(0);
    assertEquals(MotionOutcome.LOST, motion.outcome().orElseThrow());
    assertEquals(VoteResult.LOST, motion.vote().orElseThrow().result().orElseThrow());
    assertTrue(motion.movedBy().isEmpty());
    assertTrue(motion.vote().orElseThrow().counts().isEmpty(), "an empty tally says nothing");
    assertTrue(has(converted, Kind.HANDLED, "legistar.blank-mover", "/EventItems/2/EventItemActionText"));
    assertTrue(has(converted, Kind.HANDLED, "legistar.empty-value", "/EventItems/2/EventItemMover"));
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.minutes-sequence", "/EventItems/2/EventItemMinutesSequence"));
  }

  @Test
  void votesAreNamedVotesOfTheItemsMotion() {
    JsonNode item = json(EVENT).get("EventItems").get(1);
    JsonNode votes = json("""
        [{'VoteId': 1, 'VoteGuid': 'G1', 'VoteLastModifiedUtc': '2019-01-16T01:02:03.1', 'VoteRowVersion': 'x',
          'VotePersonId': 55, 'VotePersonName': 'Debora Juarez', 'VoteValueId': 1, 'VoteValueName': 'Yea',
          'VoteSort': 1, 'VoteResult': 1, 'VoteEventItemId': 9002},
         {'VoteId': 2, 'VotePersonId': 57, 'VotePersonName': 'Kshama Sawant', 'VoteValueId': 2,
          'VoteValueName': 'Nay', 'VoteEventItemId': 9002},
         {'VoteId': 3, 'VotePersonId': 58, 'VotePersonName': 'Rob Johnson', 'VoteValueId': 3,
          'VoteValueName': 'Absent', 'VoteEventItemId': 9002},
         {'VoteId': 4, 'VotePersonId': 59, 'VotePersonName': 'Lorena González', 'VoteValueId': 9,
          'VoteValueName': 'Second reading', 'VoteEventItemId': 9002}]
        """);
    Converted<AgendaItem> converted = SEATTLE.eventItem(item, votes);
    Vote vote = converted.value().orElseThrow().motions().get(0).vote().orElseThrow();
    List<NamedVote> named = vote.namedVotes();
    assertEquals(4, named.size());
    assertEquals(VoteOption.YES, named.get(0).option().orElseThrow());
    assertEquals("Debora Juarez", named.get(0).voter().name().orElseThrow());
    assertEquals(VoteOption.NO, named.get(1).option().orElseThrow());
    assertEquals(VoteOption.ABSENT, named.get(2).option().orElseThrow());
    assertTrue(named.get(3).option().isEmpty(), "an unknown value stays unknown");
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.vote-value", "/votes/3/VoteValueName"));
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/votes/0/VoteSort"));

    Vote alone = SEATTLE.votes(votes).value().orElseThrow();
    assertEquals(4, alone.namedVotes().size());
    assertTrue(alone.result().isEmpty());
  }

  @Test
  void anEventWithItemsAndVotesFetchedApartIsOneMeeting() {
    JsonNode event = json(EVENT);
    JsonNode items = event.get("EventItems");
    JsonNode votes = json("[{'VotePersonId': 57, 'VotePersonName': 'Kshama Sawant', 'VoteValueName': 'Nay'}]");
    // the votes were asked for the minutes row (index 1), which is read with its agenda row
    Converted<Meeting> converted = SEATTLE.event(((tools.jackson.databind.node.ObjectNode) event).without(
        "EventItems"), items, Map.of(1, votes));
    Meeting meeting = converted.value().orElseThrow();
    assertEquals(2, meeting.agendaItems().size());
    NamedVote nay = meeting.agendaItems().get(0).motions().get(0).vote().orElseThrow().namedVotes().get(0);
    assertEquals("Kshama Sawant", nay.voter().name().orElseThrow());
    assertEquals(VoteOption.NO, nay.option().orElseThrow());
  }

  @Test
  void noVotesIsAnEmptyArrayAndLeavesTheVoteAsTheItemStatesIt() {
    JsonNode item = json(EVENT).get("EventItems").get(0);
    Vote vote = SEATTLE.eventItem(item, json("[]")).value().orElseThrow().motions().get(0).vote().orElseThrow();
    assertTrue(vote.namedVotes().isEmpty());
    assertEquals(VoteResult.CARRIED, vote.result().orElseThrow());
  }

  @Test
  void aMatterWithHistoriesAndIndexesIsOneRecord() {
    JsonNode matter = json("""
        {'MatterId': 777, 'MatterGuid': 'M1', 'MatterLastModifiedUtc': '2019-01-16T01:02:03',
         'MatterFile': 'CB 119400', 'MatterName': 'Land use code', 'MatterTitle': 'AN ORDINANCE relating to land use',
         'MatterTypeId': 3, 'MatterTypeName': 'Council Bill (CB)', 'MatterStatusId': 9, 'MatterStatusName': 'Passed',
         'MatterBodyId': 138, 'MatterBodyName': 'City Council', 'MatterIntroDate': '2018-11-05T00:00:00',
         'MatterAgendaDate': null, 'MatterPassedDate': '2019-01-14T00:00:00', 'MatterEnactmentDate': null,
         'MatterEnactmentNumber': '125777', 'MatterRequester': null, 'MatterNotes': null, 'MatterVersion': '1',
         'MatterText1': null, 'MatterEXText5': 'Land use'}
        """);
    JsonNode histories = json("""
        [{'MatterHistoryId': 1, 'MatterHistoryEventId': 4211, 'MatterHistoryAgendaSequence': 3,
          'MatterHistoryActionDate': '2019-01-14T14:00:00', 'MatterHistoryActionName': 'passed',
          'MatterHistoryActionBodyId': 138, 'MatterHistoryActionBodyName': 'City Council',
          'MatterHistoryPassedFlag': 1, 'MatterHistoryPassedFlagName': 'Pass', 'MatterHistoryTally': '7-2',
          'MatterHistoryMoverId': 55, 'MatterHistoryMoverName': 'Debora Juarez', 'MatterHistoryConsent': 0}]
        """);
    JsonNode indexes = json("""
        [{'MatterIndexId': 5, 'MatterIndexMatterId': 777, 'MatterIndexIndexId': 2041, 'MatterIndexName': 'ZONING'}]
        """);
    Converted<DecisionRecord> converted = SEATTLE.matter(matter, histories, indexes);
    DecisionRecord record = converted.value().orElseThrow();
    assertEquals("CB 119400", record.reference().orElseThrow());
    assertEquals("AN ORDINANCE relating to land use", record.title().orElseThrow());
    assertEquals("Council Bill (CB)", record.recordType().orElseThrow());
    assertEquals("Passed", record.status().orElseThrow());
    assertEquals(LocalDate.of(2018, 11, 5), record.introductionDate().orElseThrow());
    assertEquals(LocalDate.of(2019, 1, 14), record.decisionDate().orElseThrow());
    assertEquals(1, record.consultations().size());
    assertEquals("Debora Juarez", record.decisions().get(0).movedBy().orElseThrow().name().orElseThrow());
    assertEquals(Map.of(VoteOption.YES, 7, VoteOption.NO, 2), record.decisions().get(0).vote().orElseThrow().counts());
    assertEquals("ZONING", record.classifications().get(0).description().orElseThrow());
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.matter-name", "/MatterName"));
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/MatterEnactmentNumber"));
    assertTrue(has(converted, Kind.NOT_CARRIED, "legistar.not-mapped", "/MatterEXText5"));
  }

  @Test
  void personsAndBodies() {
    Person person = SEATTLE.person(json("""
        {'PersonId': 55, 'PersonFirstName': 'Debora', 'PersonLastName': 'Juarez', 'PersonFullName': 'Debora Juarez',
         'PersonActiveFlag': 1, 'PersonEmail': 'debora.juarez@seattle.gov', 'PersonWWW': null,
         'PersonAddress1': '600 Fourth Ave', 'PersonCity1': 'Seattle', 'PersonState1': 'WA', 'PersonZip1': '98104'}
        """)).value().orElseThrow();
    assertEquals("Debora Juarez", person.name().orElseThrow());
    assertEquals("WA", person.address().orElseThrow().region().orElseThrow());
    Converted<Body> body = SEATTLE.body(json("{'BodyId': 138, 'BodyName': 'City Council', 'BodyTypeName': 'Primary'}"));
    assertEquals("City Council", body.value().orElseThrow().name().orElseThrow());
    assertTrue(has(body, Kind.NOT_CARRIED, "legistar.not-mapped", "/BodyTypeName"));
  }

  @Test
  void aBrokenRowFailsAndTheRowsAfterItAreRead() {
    String rows = "[{'BodyId': 1, 'BodyName': 'A'}, 42, {'BodyId': 2, 'BodyName': 'B'}]".replace('\'', '"');
    List<Converted<Body>> bodies;
    try (Stream<Converted<Body>> s = SEATTLE.bodies(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)))) {
      bodies = s.toList();
    }
    assertEquals(3, bodies.size());
    assertFalse(bodies.get(1).isConverted());
    assertEquals("B", bodies.get(2).value().orElseThrow().name().orElseThrow());
    String broken = "[{\"BodyId\": 1}, {\"BodyId\": ";
    List<Converted<Body>> partial;
    try (Stream<Converted<Body>> s = SEATTLE.bodies(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))) {
      partial = s.toList();
    }
    assertEquals(2, partial.size());
    assertEquals(ConversionNote.Kind.FAILED, partial.get(1).notes().get(0).kind());
    assertThrows(IllegalArgumentException.class, () -> LegistarImport.forClient("../etc"));
  }
}
