package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Person;
import io.github.minutebook.validation.MeetingValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The quirks OParl servers show, each read as meant and noted, on small objects written here. */
class OparlImportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String M = "https://example.org/oparl/meetings/1";

  private static JsonNode json(String text) {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static List<Converted<CouncilRecord>> read(String text) {
    try (Stream<Converted<CouncilRecord>> records =
        OparlImport.read(new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)))) {
      return records.toList();
    }
  }

  private static List<String> codes(Converted<?> converted) {
    return converted.notes().stream().map(ConversionNote::code).toList();
  }

  @Test
  void emptyAndPaddedNumbersAreReadAsMeant() {
    Converted<Meeting> converted = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting',"
        + " 'id': '" + M + "', 'agendaItem': ["
        + "{'id': 'a1', 'number': '', 'name': 'ANTRÄGE', 'order': 1, 'meeting': '" + M + "'},"
        + "{'id': 'a2', 'number': ' 8 ', 'name': 'Wahl', 'order': 2, 'result': 'einstimmig beschlossen'},"
        + "{'id': 'a3', 'number': ' ', 'name': 'Rest', 'order': 3, 'result': 'Kenntnisnahme'}]}"));
    Meeting meeting = converted.value().orElseThrow();
    AgendaItem heading = meeting.agendaItems().get(0);
    assertTrue(heading.agendaNumber().isEmpty());
    assertEquals(ItemKind.HEADING, heading.kind());
    AgendaItem padded = meeting.agendaItems().get(1);
    assertEquals("8", padded.agendaNumber().orElseThrow());
    assertEquals(ItemOutcome.DECIDED, padded.outcome().orElseThrow());
    assertEquals(true, padded.resolutions().get(0).vote().orElseThrow().unanimous().orElseThrow());
    AgendaItem withResult = meeting.agendaItems().get(2);
    assertTrue(withResult.agendaNumber().isEmpty());
    assertEquals(ItemKind.OTHER, withResult.kind(), "an item with a result is not a heading");
    assertEquals(ItemOutcome.NOTED, withResult.outcome().orElseThrow());
    assertEquals(List.of("oparl.empty-number", "oparl.padded-number", "oparl.empty-number"), codes(converted));
    assertEquals("/agendaItem/1/number", converted.notes().get(1).path());
  }

  @Test
  void aMeetingThatEndsBeforeItStartsIsKeptAsGivenAndNoted() {
    Converted<Meeting> converted = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting',"
        + " 'id': '" + M + "', 'start': '2024-09-24T15:30:00+02:00', 'end': '2024-09-24T12:00:00+02:00'}"));
    Meeting meeting = converted.value().orElseThrow();
    assertEquals(LocalTime.of(15, 30), meeting.startTime().orElseThrow());
    assertEquals(LocalTime.of(12, 0), meeting.endTime().orElseThrow());
    assertEquals(List.of("oparl.end-before-start"), codes(converted));
    assertEquals(Kind.HANDLED, converted.notes().get(0).kind());
    // the validator then reports the source's own contradiction, a finding about the data
    assertEquals(List.of("meeting.end-before-start"), MeetingValidator.defaults().validate(meeting).errors()
        .stream().map(v -> v.code()).toList());
  }

  @Test
  void deletedObjectsAreNotMappedAndNoted() {
    Converted<Meeting> converted = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting',"
        + " 'id': '" + M + "', 'agendaItem': [{'id': 'a1', 'deleted': true, 'name': 'gone'}, {'id': 'a2', 'deleted': false}]}"));
    assertEquals(1, converted.value().orElseThrow().agendaItems().size());
    assertEquals(List.of("oparl.deleted"), codes(converted));
    assertEquals("/agendaItem/0", converted.notes().get(0).path());

    Converted<DecisionRecord> paper = OparlImport.paper(json("{'type': 'https://schema.oparl.org/1.1/Paper',"
        + " 'id': 'p', 'deleted': true}"));
    assertFalse(paper.isConverted());
    assertEquals(List.of("oparl.deleted"), codes(paper));
  }

  @Test
  void valuesWithoutAPlaceAreListedByPath() {
    Converted<DecisionRecord> converted = OparlImport.paper(json("{'type': 'https://schema.oparl.org/1.1/Paper',"
        + " 'id': 'p', 'name': 'Antrag', 'keyword': ['Radweg'], 'relatedPaper': ['q'],"
        + " 'auxiliaryFile': [{'id': 'f', 'name': 'Anlage 1', 'sha1Checksum': 'abc'}]}"));
    DecisionRecord record = converted.value().orElseThrow();
    assertEquals("Antrag", record.title().orElseThrow());
    assertEquals(List.of("/keyword/0", "/relatedPaper/0", "/auxiliaryFile/0/sha1Checksum"),
        converted.notes(Kind.NOT_CARRIED).stream().map(ConversionNote::path).toList());
    assertEquals(List.of("oparl.not-mapped", "oparl.not-mapped", "oparl.not-mapped"), codes(converted));
  }

  @Test
  void participantsStatusAndCancellationAreRead() {
    Meeting held = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting', 'id': '" + M
        + "', 'meetingState': 'durchgeführt', 'participant': ['https://example.org/oparl/people/7']}"))
        .value().orElseThrow();
    assertEquals(MeetingStatus.HELD, held.status().orElseThrow());
    assertEquals("https://example.org/oparl/people/7", held.attendance().get(0).person().id().orElseThrow());
    assertEquals(AttendanceRole.PRESENT, held.attendance().get(0).role());
    Meeting cancelled = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting', 'id': '" + M
        + "', 'cancelled': true}")).value().orElseThrow();
    assertEquals(MeetingStatus.CANCELLED, cancelled.status().orElseThrow());
    Meeting unknown = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting', 'id': '" + M
        + "'}")).value().orElseThrow();
    assertTrue(unknown.status().isEmpty(), "a meeting that says nothing of its state has no status");
  }

  @Test
  void aListPageIsReadObjectByObjectAndTheRestGoOnAfterAFailure() {
    List<Converted<CouncilRecord>> records = read("{'data': ["
        + "{'type': 'https://schema.oparl.org/1.1/Meeting', 'id': 'm1', 'name': 'Gemeinderat'},"
        + "{'type': 'https://schema.oparl.org/1.1/Person', 'id': 'x', 'name': 'A. Person'},"
        + "{'type': 'https://schema.oparl.org/1.1/Meeting', 'id': 'm2', 'deleted': true},"
        + "{'type': 'https://schema.oparl.org/1.1/Paper', 'id': 'p1', 'reference': '2024/1'}],"
        + " 'links': {'next': 'https://example.org/oparl/meetings?page=2'}, 'pagination': {'totalElements': 9}}");
    assertEquals(4, records.size());
    assertEquals(List.of(true, false, false, true), records.stream().map(Converted::isConverted).toList());
    assertEquals(List.of("oparl.not-a-record"), codes(records.get(1)));
    assertEquals(List.of("oparl.deleted"), codes(records.get(2)));
    assertEquals("data[3] (Paper p1)", records.get(3).source());
    assertEquals("2024/1", ((DecisionRecord) records.get(3).value().orElseThrow()).reference().orElseThrow());
  }

  @Test
  void aSingleObjectAndABareArrayAreRead() {
    assertEquals("m1", read("{'type': 'https://schema.oparl.org/1.1/Meeting', 'id': 'm1'}").get(0).value()
        .orElseThrow().id().orElseThrow());
    List<Converted<CouncilRecord>> array = read("[{'type': 'https://schema.oparl.org/1.1/Paper', 'id': 'p1'},"
        + " {'type': 'https://schema.oparl.org/1.1/Paper', 'id': 'p2'}]");
    assertEquals(List.of("[0] (Paper p1)", "[1] (Paper p2)"), array.stream().map(Converted::source).toList());
  }

  @Test
  void brokenJsonEndsTheStreamWithAFailureSayingWhere() {
    List<Converted<CouncilRecord>> records = read("{'data': [{'type': 'https://schema.oparl.org/1.1/Paper',"
        + " 'id': 'p1'}, {'type': ");
    assertEquals(2, records.size());
    assertTrue(records.get(0).isConverted());
    assertEquals(List.of("oparl.malformed-json"), codes(records.get(1)));
  }

  @Test
  void aResolutionTextIsKeptAsTheItemsNarrativeWithItsNumberedParts() {
    Converted<Meeting> converted = OparlImport.meeting(json("{'type': 'https://schema.oparl.org/1.1/Meeting',"
        + " 'id': '" + M + "', 'agendaItem': [{'id': 'a1', 'number': '3', 'name': 'Radweg',"
        + " 'resolutionText': 'Der Gemeinderat beschließt:\\n1. Der Radweg wird verbreitert.\\n2. Die Kosten"
        + " trägt die Stadt.\\n\\nDer Beschluss weicht vom Antrag ab.'}]}"));
    AgendaItem item = converted.value().orElseThrow().agendaItems().get(0);
    assertEquals(List.of("Der Gemeinderat beschließt:", "Der Radweg wird verbreitert.",
        "Die Kosten trägt die Stadt.", "Der Beschluss weicht vom Antrag ab."),
        item.narrative().stream().map(p -> p.text()).toList());
    assertEquals(List.of("", "1", "2", ""),
        item.narrative().stream().map(p -> p.number().orElse("")).toList());
    assertFalse(codes(converted).contains("oparl.not-mapped"), converted.notes().toString());
  }

  @Test
  void aPersonKeepsTheNameWithoutTitlesAndListsMemberships() {
    Converted<Person> converted = OparlImport.person(json("{'id': 'https://example.org/person/29',"
        + " 'type': 'https://schema.oparl.org/1.1/Person', 'body': 'https://example.org/body/0',"
        + " 'name': 'Prof. Dr. Max Mustermann', 'familyName': 'Mustermann', 'givenName': 'Max',"
        + " 'title': ['Prof.', 'Dr.'], 'formOfAddress': 'Ratsfrau', 'email': ['max@example.org', 'b@example.org'],"
        + " 'phone': ['+493012345678'], 'status': ['Bezirksbürgermeister'],"
        + " 'membership': [{'id': 'https://example.org/memberships/385', 'organization': 'https://example.org/o/5',"
        + " 'role': 'Vorsitzende'}]}"));
    Person person = converted.value().orElseThrow();
    assertEquals("Max Mustermann", person.name().orElseThrow());
    assertEquals("Prof. Dr.", person.honorific().orElseThrow());
    assertEquals("max@example.org", person.email().orElseThrow());
    assertEquals("+493012345678", person.telephone().orElseThrow());
    assertEquals("Bezirksbürgermeister", person.post().orElseThrow());
    assertEquals("https://example.org/body/0", person.organisation().orElseThrow().id().orElseThrow());
    assertTrue(codes(converted).contains("oparl.title-in-name"));
    List<String> notCarried = converted.notes(Kind.NOT_CARRIED).stream().map(ConversionNote::path).toList();
    assertTrue(notCarried.containsAll(List.of("/formOfAddress", "/email/1", "/membership/0/role")), notCarried.toString());
  }

  @Test
  void aBodyKeepsItsOfficialKeysAsIdentifiers() {
    Converted<Body> converted = OparlImport.body(json("{'id': 'https://example.org/body/0',"
        + " 'type': 'https://schema.oparl.org/1.1/Body', 'name': 'Stadt Köln, kreisfreie Stadt', 'shortName': 'Köln',"
        + " 'ags': '05315000', 'rgs': '053150000000', 'contactEmail': 'ris@example.org',"
        + " 'meeting': 'https://example.org/body/0/meetings/'}"));
    Body body = converted.value().orElseThrow();
    assertEquals("Köln", body.abbreviation().orElseThrow());
    assertEquals(BodyKind.AUTHORITY, body.kind().orElseThrow());
    assertEquals(List.of(Identifier.of("DE-AGS", "05315000"), Identifier.of("DE-RGS", "053150000000")),
        body.identifiers());
    assertEquals(List.of("/meeting"),
        converted.notes(Kind.NOT_CARRIED).stream().map(ConversionNote::path).toList());
  }
}
