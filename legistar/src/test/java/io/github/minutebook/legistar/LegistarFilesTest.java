package io.github.minutebook.legistar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A folder of saved Web API responses, as a scraper's cache keeps them: rows that belong together
 * are joined across files as the live client joins them, and what holds no record is said.
 */
class LegistarFilesTest {
  private static final LegistarImport SEATTLE = LegistarImport.forClient("seattle");
  private static final LegistarImport CHICAGO = LegistarImport.forClient("chicago");

  @TempDir Path cache;

  private Path write(String as, String json) throws IOException {
    Path file = cache.resolve(as);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private Path save(String resource, String as) throws IOException {
    Path file = cache.resolve(as);
    Files.createDirectories(file.getParent());
    try (InputStream in = LegistarFilesTest.class.getResourceAsStream("/legistar/" + resource)) {
      Files.copy(java.util.Objects.requireNonNull(in, resource), file);
    }
    return file;
  }

  private static List<Converted<CouncilRecord>> read(LegistarImport importer, List<Path> files, List<String> remarks) {
    try (Stream<Converted<CouncilRecord>> records = LegistarFiles.read(importer, files, remarks::add)) {
      return records.toList();
    }
  }

  private static ObjectNode eventRow() {
    ObjectNode event = (ObjectNode) QuirksTest.json(QuirksTest.EVENT);
    event.remove("EventItems");
    return event;
  }

  private static JsonNode items() {
    return QuirksTest.json(QuirksTest.EVENT).get("EventItems");
  }

  private static final String VOTES = "[{\"VoteId\": 1, \"VotePersonId\": 55, \"VotePersonName\": \"Debora Juarez\","
      + " \"VoteValueId\": 1, \"VoteValueName\": \"In Favor\", \"VoteSort\": 1, \"VoteEventItemId\": 9002}]";

  @Test
  void anEventItsItemsAndTheirVotesSavedApartAreTheMeetingTheLiveClientMakes() throws IOException {
    List<Path> files = List.of(
        write("events.json", "[" + eventRow() + "]"),
        write("events/4211/eventitems.json", items().toString()),
        write("eventitems/9002/votes.json", VOTES));

    List<Converted<CouncilRecord>> records = read(SEATTLE, files, new ArrayList<>());

    assertEquals(1, records.size());
    Converted<Meeting> expected = SEATTLE.event(eventRow(), items(), Map.of(1, QuirksTest.json(VOTES)));
    assertEquals(expected.value().map(CouncilRecord.class::cast), records.get(0).value());
    assertEquals(expected.notes(), records.get(0).notes());
    assertTrue(records.get(0).source().startsWith(files.get(0) + " row 1"), records.get(0).source());
  }

  @Test
  void anEventWhoseItemsAreInNoFileHasItsAgendaUnknown() throws IOException {
    List<Converted<CouncilRecord>> records = read(SEATTLE, List.of(write("events.json", "[" + eventRow() + "]")),
        new ArrayList<>());

    assertEquals(SEATTLE.event(eventRow()).value().map(CouncilRecord.class::cast), records.get(0).value());
  }

  @Test
  void realChicagoHistoriesTakeTheirMatterFromThePathTheWebApiSavesThemUnder() throws IOException {
    List<Converted<CouncilRecord>> records = read(CHICAGO,
        List.of(save("chicago/dupe_event.json", "matters/42/histories.json")), new ArrayList<>());

    DecisionRecord record = (DecisionRecord) records.get(0).value().orElseThrow();
    assertEquals(Optional.of("https://webapi.legistar.com/v1/chicago/matters/42"), record.id());
    assertEquals(3, record.consultations().size(), "Referred, Recommended to Pass, Passed");
    assertEquals(CHICAGO.histories("42", QuirksTest.json(Files.readString(cache.resolve("matters/42/histories.json"))))
        .value().map(CouncilRecord.class::cast), records.get(0).value());
  }

  @Test
  void laMetrosSavedEventMatterAndAttachmentsAreAValidMeetingAndARecordWithItsDocuments() throws IOException {
    LegistarImport metro = LegistarImport.forClient("metro").inZone(java.time.ZoneId.of("America/Los_Angeles"));
    List<String> remarks = new ArrayList<>();
    List<Converted<CouncilRecord>> records = read(metro, List.of(
        save("metro/lametro/event.json", "events/2907.json"),
        save("metro/lametro/matter_candidates.json", "matters.json"),
        save("metro/lametro/minutes_candidates.json", "matters/10881/attachments.json")), remarks);

    assertEquals(List.of(), remarks);
    assertEquals(2, records.size());
    Meeting board = (Meeting) records.get(0).value().orElseThrow();
    assertEquals(Optional.of("https://webapi.legistar.com/v1/metro/events/2907"), board.id());
    DecisionRecord minutes = (DecisionRecord) records.get(1).value().orElseThrow();
    assertEquals(Optional.of("2024-1026"), minutes.reference());
    // the matter approves the minutes of two meetings, and its attachments hold both
    assertEquals(List.of("Regular Board Meeting MINUTES - September 26, 2024",
        "Special Board Meeting/Ad Hoc 2028 MINUTES - October 23, 2024"),
        minutes.documents().stream().map(d -> d.title().orElse("")).filter(t -> t.contains("MINUTES")).toList());
    assertEquals(4, minutes.documents().size());
    for (Converted<CouncilRecord> record : records) {
      assertEquals(List.of(), io.github.minutebook.validation.MeetingValidator.defaults()
          .validate(record.value().orElseThrow()).errors(), record.source());
    }
  }

  @Test
  void attachmentsOfAMatterNotSavedAreSaidNotLost() throws IOException {
    List<String> remarks = new ArrayList<>();
    List<Converted<CouncilRecord>> records = read(SEATTLE,
        List.of(save("metro/lametro/minutes_candidates.json", "matters/10881/attachments.json")), remarks);

    assertEquals(List.of(), records);
    assertEquals(List.of("4 MatterAttachment rows of matters in no saved file: documents are not records on their own,"
        + " save the matters too"), remarks);
  }

  @Test
  void chicagosHistoriesWithoutADoubledActionAreThreeSteps() throws IOException {
    List<Converted<CouncilRecord>> records = read(CHICAGO,
        List.of(save("chicago/no_dupe_event.json", "matters/7/histories.json")), new ArrayList<>());

    DecisionRecord record = (DecisionRecord) records.get(0).value().orElseThrow();
    assertEquals(3, record.consultations().size());
    assertEquals(List.of(), io.github.minutebook.validation.MeetingValidator.defaults().validate(record).errors());
  }

  @Test
  void historiesNamedBeforeTheirMattersFileJoinTheMatterOnce() throws IOException {
    // histories-42.json sorts before matters.json: the histories still join the matter's row, once
    List<Converted<CouncilRecord>> records = read(CHICAGO, List.of(
        save("chicago/dupe_event.json", "histories-42.json"),
        write("matters.json", "[{\"MatterId\": 42, \"MatterFile\": \"O2013-1\"}]")), new ArrayList<>());

    assertEquals(1, records.size(), records::toString);
    DecisionRecord record = (DecisionRecord) records.get(0).value().orElseThrow();
    assertEquals(Optional.of("O2013-1"), record.reference());
    assertEquals(3, record.consultations().size());
  }

  @Test
  void aSavedResponseCutShortIsUnreadableNotSilentlyLeftOut() throws IOException {
    List<Converted<CouncilRecord>> records = read(SEATTLE, List.of(
        write("events.json", "[" + eventRow() + "]"),
        write("events/4211/eventitems.json", "[{\"EventItemId\": 9001, \"EventItemEventId\": 4211, ")),
        new ArrayList<>());

    assertEquals(2, records.size());
    assertEquals("legistar.unreadable-file", records.get(1).notes().get(0).code());
  }

  @Test
  void rowsThatNameNothingToJoinToAreSaid() throws IOException {
    List<String> remarks = new ArrayList<>();
    read(SEATTLE, List.of(write("eventitems.json", "[{\"EventItemId\": 1, \"EventItemEventId\": null}]")), remarks);

    assertTrue(remarks.get(0).contains("1 EventItem rows without a number in EventItemEventId"), remarks::toString);
  }

  @Test
  void historiesWhosePathNamesNoMatterFailAndSayHowToSaveThem() throws IOException {
    List<Converted<CouncilRecord>> records = read(CHICAGO, List.of(save("chicago/dupe_event.json", "dupe_event.json"),
        save("chicago/dupe_event.json", "2014/histories.json")), new ArrayList<>());

    assertEquals(2, records.size(), "a year in the path is not taken for the matter's id");
    for (Converted<CouncilRecord> record : records) {
      assertFalse(record.isConverted());
      ConversionNote note = record.notes().get(0);
      assertEquals("legistar.matter-unknown", note.code());
      assertTrue(note.message().contains("matters/{id}/histories.json"), note.message());
    }
  }

  @Test
  void topicsAndTheIndexesOfAMatterNotSavedHoldNoRecordAndAreSaid() throws IOException {
    List<String> remarks = new ArrayList<>();
    List<Converted<CouncilRecord>> records = read(SEATTLE, List.of(
        save("metro/all_indexes.json", "indexes.json"),
        save("metro/matter_index.json", "matters/5036/indexes.json")), remarks);

    assertEquals(List.of(), records);
    assertEquals(2, remarks.size(), remarks::toString);
    assertTrue(remarks.get(0).contains("Index rows"), remarks.get(0));
    assertTrue(remarks.get(1).startsWith("1 MatterIndex rows"), remarks.get(1));
  }

  @Test
  void aFileOfNoLegistarRowsFailsWithoutStoppingTheOthers() throws IOException {
    List<Converted<CouncilRecord>> records = read(SEATTLE, List.of(
        write("other.json", "{\"type\": \"Meeting\"}"),
        write("events.json", "[" + eventRow() + "]")), new ArrayList<>());

    assertEquals(2, records.size());
    assertEquals("legistar.unrecognised", records.get(0).notes().get(0).code());
    assertTrue(records.get(1).isConverted());
  }
}
