package io.github.minutebook.moderngov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.party.Body;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of saved ModernGov responses, as a scraper's cache keeps them: the real Manchester and
 * Kirklees responses under names that say nothing of what they hold.
 */
class ModernGovFilesTest {
  @TempDir Path cache;

  private Path save(String resource, String as) throws IOException {
    Path file = cache.resolve(as);
    Files.createDirectories(file.getParent());
    try (InputStream in = RealPayloadsTest.open(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private List<Path> savedCache() throws IOException {
    return List.of(
        save("meeting_with_minutes.xml", "manchester/a.xml"),
        save("meetings.xml", "manchester/b.xml"),
        save("committees.xml", "manchester/c.xml"),
        save("modgov_decision_detail.html", "decisions/d.html"),
        save("modgov_decisions_list.html", "decisions/e.html"));
  }

  private static List<Converted<CouncilRecord>> read(List<Path> files, List<String> remarks) {
    try (Stream<Converted<CouncilRecord>> records = ModernGovFiles.read(files, remarks::add)) {
      return records.toList();
    }
  }

  @Test
  void aSavedMeetingIsReadWholeWithTheCommitteeItsListNames() throws IOException {
    List<Converted<CouncilRecord>> records = read(savedCache(), new ArrayList<>());

    Meeting meeting = records.stream().flatMap(r -> r.value().stream())
        .filter(r -> r instanceof Meeting m && m.id().equals(Optional.of("4967"))).map(Meeting.class::cast)
        .findFirst().orElseThrow();
    assertEquals(Optional.of("Audit Committee"), meeting.body().flatMap(Body::name),
        "GetMeeting does not name the committee; the saved GetMeetings list does");
    assertEquals(Optional.of("144"), meeting.body().flatMap(Body::id));
    assertEquals(2, meeting.agendaItems().size());
    assertTrue(records.get(0).source().endsWith("a.xml"), records.get(0).source());
  }

  @Test
  void aListedMeetingWithoutItsOwnFileIsReadFromTheListAndNoMeetingTwice() throws IOException {
    List<Converted<CouncilRecord>> records = read(savedCache(), new ArrayList<>());

    List<Meeting> meetings = records.stream().flatMap(r -> r.value().stream())
        .filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
    assertEquals(List.of(Optional.of("4967"), Optional.of("4966")), meetings.stream().map(Meeting::id).toList());
    Meeting listed = meetings.get(1);
    assertEquals(Optional.of(MeetingStatus.CANCELLED), listed.status());
    assertTrue(listed.agendaItems().isEmpty());
  }

  @Test
  void aMeetingTwoSavedListsNameIsGivenOnce() throws IOException {
    List<Converted<CouncilRecord>> records = read(List.of(save("meetings.xml", "q1.xml"),
        save("meetings.xml", "q1-again.xml")), new ArrayList<>());

    assertEquals(List.of(Optional.of("4966"), Optional.of("4967")),
        records.stream().map(r -> r.value().flatMap(CouncilRecord::id)).toList());
  }

  @Test
  void decisionPagesBecomeRecordsAndTheListRowThatIsNoDecisionFails() throws IOException {
    List<Converted<CouncilRecord>> records = read(savedCache(), new ArrayList<>());

    List<Converted<CouncilRecord>> fromDecisionFiles = records.stream()
        .filter(r -> r.source().contains("decisions")).toList();
    assertEquals(4, fromDecisionFiles.size(), "one detail page and a table of three rows");
    assertEquals(3, fromDecisionFiles.stream().filter(Converted::isConverted).count());
    assertTrue(fromDecisionFiles.stream().flatMap(r -> r.value().stream()).allMatch(DecisionRecord.class::isInstance));
  }

  @Test
  void theCommitteeListHoldsNoRecordsAndSaysSo() throws IOException {
    List<String> remarks = new ArrayList<>();
    List<Converted<CouncilRecord>> records = read(savedCache(), remarks);

    assertTrue(records.stream().noneMatch(r -> r.source().contains("c.xml")));
    assertEquals(1, remarks.size());
    assertTrue(remarks.get(0).contains("c.xml") && remarks.get(0).contains("GetCommittees"), remarks.get(0));
  }

  @Test
  void aFileThatIsNoModernGovResponseFailsWithoutStoppingTheOthers() throws IOException {
    Path stray = cache.resolve("notes.xml");
    Files.writeString(stray, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"/>", StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>(List.of(stray));
    files.add(save("meeting_with_minutes.xml", "m.xml"));

    List<Converted<CouncilRecord>> records = read(files, new ArrayList<>());

    assertEquals(2, records.size());
    assertFalse(records.get(0).isConverted());
    assertEquals(List.of("moderngov.unrecognised"), records.get(0).notes().stream().map(ConversionNote::code).toList());
    assertTrue(records.get(1).isConverted());
    assertTrue(records.get(1).value().flatMap(r -> ((Meeting) r).body()).isEmpty(),
        "with no GetMeetings saved, the committee that met stays unknown");
  }
}
