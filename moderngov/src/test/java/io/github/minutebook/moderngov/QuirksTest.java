package io.github.minutebook.moderngov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.validation.MeetingValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each quirk of ModernGov's responses, on a small response that has it. */
class QuirksTest {
  private static ByteArrayInputStream xml(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Converted<Meeting> meeting(String inner) {
    return ModernGovImport.meeting(xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<meeting>\n" + inner
        + "\n</meeting>"), "test", null);
  }

  private static Converted<Meeting> item(String inner) {
    return meeting("<meetingid>1</meetingid><meetingdate>03/03/2026</meetingdate><agendaitems><agendaitem>"
        + inner + "</agendaitem></agendaitems>");
  }

  private static AgendaItem only(Converted<Meeting> meeting) {
    return meeting.value().orElseThrow(() -> new AssertionError(meeting)).agendaItems().get(0);
  }

  private static boolean has(Converted<?> c, Kind kind, String code) {
    return c.notes().stream().anyMatch(n -> n.kind() == kind && n.code().equals(code));
  }

  private static void valid(Converted<? extends io.github.minutebook.meeting.CouncilRecord> c) {
    var report = MeetingValidator.defaults().validate(c.value().orElseThrow());
    assertTrue(report.errors().isEmpty(), () -> report.errors().toString());
  }

  @Test
  void anExternalEntityIsNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String attack = "<?xml version=\"1.0\"?>\n<!DOCTYPE meeting [<!ENTITY xxe SYSTEM \"" + secret.toUri()
        + "\">]>\n<meeting><meetingid>1</meetingid><meetinglocation>&xxe;</meetinglocation></meeting>";
    Converted<Meeting> read = ModernGovImport.meeting(xml(attack), "attack", null);
    assertFalse(read.isConverted());
    assertEquals("moderngov.unreadable", read.notes().get(0).code());
    assertFalse(read.toString().contains("TOP-SECRET-VALUE"));
  }

  @Test
  void anEntityExpansionBombIsRefused() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE committees [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
        + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><committees><committee><committeetitle>&c;"
        + "</committeetitle></committee></committees>";
    List<Converted<Body>> read = ModernGovImport.committees(xml(bomb));
    assertEquals(1, read.size());
    assertFalse(read.get(0).isConverted());
  }

  @Test
  void xmlThatIsNotWellFormedIsAFailedValueNotAnException() {
    assertFalse(meeting("<meetingid>1</meetingid><oops>").isConverted());
    assertFalse(ModernGovImport.meetings(xml("not xml")).get(0).isConverted());
    // the wrong response for the call
    assertFalse(ModernGovImport.meeting(xml("<committees/>"), "x", null).isConverted());
  }

  @Test
  void aSoapEnvelopeIsOpened() {
    String soap = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
        + "envelope/\"><soap:Body><GetMeetingResponse xmlns=\"http://moderngov.co.uk/namespaces\"><GetMeetingResult>"
        + "<meeting><meetingid>77</meetingid><meetingdate>01/06/2026</meetingdate></meeting></GetMeetingResult>"
        + "</GetMeetingResponse></soap:Body></soap:Envelope>";
    Meeting m = ModernGovImport.meeting(xml(soap), "soap", null).value().orElseThrow();
    assertEquals("77", m.id().orElseThrow());
    assertEquals(LocalDate.of(2026, 6, 1), m.date().orElseThrow());
  }

  @Test
  void datesAreDayMonthYearAndTimesAreTwelveHour() {
    Converted<Meeting> c = meeting("<meetingdate>01/12/2025</meetingdate><meetingtime>6.30 pm</meetingtime>"
        + "<meetingactualstarttime>6.34 pm</meetingactualstarttime><meetingplannedfinishtime>12 noon"
        + "</meetingplannedfinishtime><meetingactualfinishtime>21:05</meetingactualfinishtime>");
    Meeting m = c.value().orElseThrow();
    assertEquals(LocalDate.of(2025, 12, 1), m.date().orElseThrow());
    assertEquals(LocalTime.of(18, 30), m.plannedStartTime().orElseThrow());
    assertEquals(LocalTime.of(18, 34), m.startTime().orElseThrow());
    assertEquals(LocalTime.NOON, m.plannedEndTime().orElseThrow());
    assertEquals(LocalTime.of(21, 5), m.endTime().orElseThrow());
    assertTrue(has(c, Kind.HANDLED, "moderngov.uk-date"));
    assertTrue(has(c, Kind.HANDLED, "moderngov.time"));
    assertEquals(LocalTime.of(0, 15), Xml.clock("12.15 am").orElseThrow());
    assertEquals(LocalTime.of(12, 15), Xml.clock("12.15 pm").orElseThrow());
    assertEquals(LocalTime.of(10, 0), Xml.clock("10am").orElseThrow());
    assertTrue(Xml.clock("10").isEmpty(), "a bare hour says nothing of morning or evening");
    assertTrue(Xml.clock("13.00 pm").isEmpty());
  }

  @Test
  void aDateOrTimeThatCannotBeReadIsListedNotGuessed() {
    Converted<Meeting> c = meeting("<meetingdate>2025-12-01</meetingdate><meetingtime>TBC</meetingtime>"
        + "<meetingstatus>Moved</meetingstatus>");
    Meeting m = c.value().orElseThrow();
    assertTrue(m.date().isEmpty());
    assertTrue(m.plannedStartTime().isEmpty());
    assertTrue(m.status().isEmpty(), "a status that is neither confirmed nor cancelled is not guessed");
    assertTrue(has(c, Kind.NOT_CARRIED, "moderngov.bad-date"));
    assertTrue(has(c, Kind.NOT_CARRIED, "moderngov.bad-time"));
    assertTrue(has(c, Kind.NOT_CARRIED, "moderngov.status"));
  }

  @Test
  void trueAndFalseAreBooleansAndAnythingElseIsListed() {
    Converted<Meeting> c = meeting("<iswebcast>True</iswebcast><agendapublished>False</agendapublished>"
        + "<minutepublished>maybe</minutepublished>");
    Meeting m = c.value().orElseThrow();
    assertTrue(m.webcast().orElseThrow());
    assertFalse(m.published().orElseThrow().agenda().orElseThrow());
    assertTrue(m.published().orElseThrow().minutes().isEmpty());
    assertTrue(has(c, Kind.HANDLED, "moderngov.boolean"));
    assertTrue(has(c, Kind.NOT_CARRIED, "moderngov.not-a-boolean"));
  }

  @Test
  void whitespaceOnlyElementsAreUnknown() {
    Converted<Meeting> c = meeting("<meetingid>5</meetingid><meetinglocation>\n    </meetinglocation>"
        + "<meetingactualstarttime>\n  </meetingactualstarttime><meetingroom>   </meetingroom>");
    Meeting m = c.value().orElseThrow();
    assertTrue(m.location().isEmpty());
    assertTrue(m.startTime().isEmpty());
    assertEquals(3, c.notes(Kind.HANDLED).stream().filter(n -> n.code().equals("moderngov.empty-element")).count());
    assertEquals(List.of(), c.notes(Kind.NOT_CARRIED));
  }

  @Test
  void countsAreReadThroughTheirLeadingSpaceAndCheckedAgainstWhatIsThere() {
    String list = "<getmeetings><meetingscount> 3</meetingscount><committeescount> 1</committeescount><committee>"
        + "<committeeid>9</committeeid><committeetitle>Cabinet</committeetitle><committeemeetingcount> 1"
        + "</committeemeetingcount><committeemeetings><meeting><meetingid>10</meetingid></meeting></committeemeetings>"
        + "</committee></getmeetings>";
    List<Converted<Meeting>> all = ModernGovImport.meetings(xml(list));
    assertEquals(1, all.size());
    assertEquals("Cabinet", all.get(0).value().orElseThrow().body().orElseThrow().name().orElseThrow());
    assertEquals(3, all.get(0).notes().stream().filter(n -> n.code().equals("moderngov.padded-number")).count());
    ConversionNote mismatch = all.get(0).notes().stream().filter(n -> n.code().equals("moderngov.count-mismatch"))
        .findFirst().orElseThrow();
    assertEquals("/getmeetings/meetingscount", mismatch.path());
  }

  @Test
  void anEmptyMeetingListIsNoMeetings() {
    assertEquals(List.of(), ModernGovImport.meetings(xml("<getmeetings><meetingscount> 0</meetingscount>"
        + "<committeescount> 0</committeescount></getmeetings>")));
  }

  @Test
  void theThreeNumbersOfAnItemAreKeptApart() {
    AgendaItem i = only(item("<agendaitemnumber> 14</agendaitemnumber><agendaitemsubnumber>a</agendaitemsubnumber>"
        + "<fulldisplaynumberformat>7a.</fulldisplaynumberformat><minutesitemnumber>52</minutesitemnumber>"
        + "<minutesitemsubnumber>1</minutesitemsubnumber>"));
    assertEquals(14, i.order().orElseThrow());
    assertEquals("7a", i.agendaNumber().orElseThrow());
    assertEquals("52.1", i.minuteNumber().orElseThrow());
  }

  @Test
  void escapedWordHtmlIsTheNarrativeWithItsStructure() {
    String minutes = "&lt;div class=\"WordSection1\"&gt;&lt;p class=\"MsoNormal\"&gt;The Committee considered the "
        + "report.&lt;/p&gt;&lt;p&gt;&amp;nbsp;&lt;/p&gt;&lt;p class=\"MsoNormal\"&gt;&lt;b&gt;RESOLVED&lt;/b&gt; that:"
        + "&lt;/p&gt;&lt;p class=\"MsoListParagraph\"&gt;1.&amp;nbsp;&amp;nbsp; the report be noted;&lt;/p&gt;"
        + "&lt;p class=\"MsoListParagraph\"&gt;2.&amp;nbsp; the Director be asked to report back.&lt;/p&gt;"
        + "&lt;p&gt;Members raised:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;costs&lt;/li&gt;&lt;li&gt;timing&lt;/li&gt;&lt;/ul&gt;"
        + "&lt;/div&gt;";
    Converted<Meeting> c = item("<minutesnonemptyhtmlbody>" + minutes + "</minutesnonemptyhtmlbody>");
    List<Paragraph> narrative = only(c).narrative();
    assertEquals(3, narrative.size());
    assertEquals("The Committee considered the report.", narrative.get(0).text());
    Paragraph resolved = narrative.get(1);
    assertEquals("RESOLVED that:", resolved.text());
    assertEquals(2, resolved.points().size());
    assertEquals("1.", resolved.points().get(0).number().orElseThrow());
    assertEquals("the report be noted;", resolved.points().get(0).text());
    assertEquals("the Director be asked to report back.", resolved.points().get(1).text());
    assertEquals(List.of("costs", "timing"), narrative.get(2).points().stream().map(Paragraph::text).toList());
    assertTrue(has(c, Kind.HANDLED, "moderngov.escaped-html"));
    assertFalse(has(c, Kind.HANDLED, "moderngov.double-escaped"));
  }

  @Test
  void htmlEscapedTwiceIsDecodedOnceMoreAndSaidSo() {
    Converted<Meeting> c = item("<agendatext>&amp;lt;p&amp;gt;To note the &amp;amp;quot;Annual Report&amp;amp;quot;."
        + "&amp;lt;/p&amp;gt;</agendatext>");
    assertEquals("To note the \"Annual Report\".", only(c).agendaDescription().orElseThrow());
    ConversionNote note = c.notes().stream().filter(n -> n.code().equals("moderngov.double-escaped")).findFirst()
        .orElseThrow();
    assertEquals(Kind.HANDLED, note.kind());
    assertEquals("/meeting/agendaitems/agendaitem[1]/agendatext", note.path());
  }

  @Test
  void textThatMentionsATagIsNotTakenForDoubleEscaping() {
    Converted<Meeting> c = item("<agendatext>Plain words, no markup.</agendatext>");
    assertEquals("Plain words, no markup.", only(c).agendaDescription().orElseThrow());
    assertFalse(has(c, Kind.HANDLED, "moderngov.double-escaped"));
  }

  @Test
  void restrictedCallInAndDecisionFlagsAreRead() {
    Converted<Meeting> c = item("<agendaitemtitle>Land disposal</agendaitemtitle><isrestricted>True</isrestricted>"
        + "<iscallin>True</iscallin><isdecision>True</isdecision><decisionnonemptyhtmlbody>&lt;p&gt;That the land be "
        + "sold.&lt;/p&gt;</decisionnonemptyhtmlbody><linkeddocuments><linkeddoc><attachmentid>5</attachmentid>"
        + "<title>Exempt appendix</title><url>https://example.gov.uk/mgConvert2PDF.aspx?ID=5</url><isrestricted>True"
        + "</isrestricted></linkeddoc></linkeddocuments>");
    AgendaItem i = only(c);
    assertEquals(Access.EXEMPT, i.access().orElseThrow());
    assertEquals(Access.EXEMPT, i.documents().get(0).access().orElseThrow());
    assertTrue(has(c, Kind.HANDLED, "moderngov.restricted"));
    assertTrue(has(c, Kind.NOT_CARRIED, "moderngov.is-call-in"));
    assertTrue(i.statedNone().isEmpty());
    assertEquals("That the land be sold.", i.resolutions().get(0).parts().get(0).text());
    assertEquals(LocalDate.of(2026, 3, 3), i.resolutions().get(0).decisionDate().orElseThrow());
    valid(c);
  }

  @Test
  void attendanceIsReadAsWhatItSaysAndExpectedIsNotPresence() {
    Converted<Meeting> c = meeting("<meetingid>2</meetingid><attendees>"
        + "<attendee membertype=\"U\" memberid=\"1\" name=\"Councillor Ann Smith\" roledescription=\"Chairman\" "
        + "attendance=\"Present\" politicalparty=\"CON\" ward=\"North\" keyposts=\"Leader of the Council\"/>"
        + "<attendee memberid=\"2\" name=\"Cllr Bob Jones\" roledescription=\"Committee Member\" attendance=\"Apologies\"/>"
        + "<attendee memberid=\"3\" name=\"Jo Bloggs\" roledescription=\"Officer\" attendance=\"In attendance\"/>"
        + "<attendee memberid=\"4\" name=\"Councillor Kim Lee\" roledescription=\"Reserve\" attendance=\"Expected\"/>"
        + "<attendee memberid=\"5\" name=\"Councillor Sam Roe\" roledescription=\"Committee Member\" attendance=\"Tentative\"/>"
        + "</attendees>");
    var a = c.value().orElseThrow().attendance();
    assertEquals(AttendanceRole.CHAIR, a.get(0).role());
    Person smith = a.get(0).person();
    assertEquals("Ann Smith", smith.name().orElseThrow());
    assertEquals("Leader of the Council", smith.post().orElseThrow());
    assertEquals(AttendanceRole.APOLOGIES, a.get(1).role());
    assertEquals("Cllr", a.get(1).person().honorific().orElseThrow());
    assertEquals(AttendanceRole.MEMBER_PRESENT, a.get(1).capacity().orElseThrow());
    assertEquals(AttendanceRole.OFFICER_IN_ATTENDANCE, a.get(2).role());
    assertEquals(AttendanceRole.EXPECTED, a.get(3).role());
    assertTrue(a.get(3).capacity().isEmpty());
    assertTrue(c.notes().stream().anyMatch(n -> n.path().equals("/meeting/attendees/attendee[4]/@roledescription")
        && n.kind() == Kind.NOT_CARRIED));
    assertEquals(AttendanceRole.EXPECTED, a.get(4).role());
    assertTrue(has(c, Kind.HANDLED, "moderngov.attendance"));
    valid(c);
  }

  @Test
  void aDeletedCommitteeIsFailedAndTheOthersAreRead() {
    List<Converted<Body>> all = ModernGovImport.committees(xml("<committees><committee><committeeid>1</committeeid>"
        + "<committeetitle>Old</committeetitle><committeedeleted>True</committeedeleted></committee><committee>"
        + "<committeeid>2</committeeid><committeetitle>Cabinet</committeetitle></committee></committees>"));
    assertFalse(all.get(0).isConverted());
    assertTrue(has(all.get(0), Kind.FAILED, "moderngov.deleted"));
    assertEquals("Cabinet", all.get(1).value().orElseThrow().name().orElseThrow());
  }

  @Test
  void aDecisionPageWithAMakerAKeyDecisionAndCallIn() {
    String page = "<div id=\"modgov\"><div class=\"mgSubTitle\"><h2 class=\"mgSubTitleTxt\">Highways contract</h2>"
        + "</div><div class=\"mgContent\"><p><span class=\"mgLabel\">Decision Maker: </span>Cabinet Member for "
        + "Highways</p><p><span class=\"mgLabel\">Decision status: </span><span class=\"mgPlanItemInForce\">"
        + "Implemented</span></p><p><span class=\"mgLabel\">Is Key decision?: </span>Yes</p><p><span  class=\"mgLabel\" "
        + ">Is subject to call in?: </span>Yes</p><p><span class=\"mgLabel\">Wards affected: </span>All Wards</p>"
        + "<h3 class=\"mgSubSubTitleTxt\">Purpose:</h3><div class=\"mgWordPara\"><p>To award the contract.</p></div>"
        + "<h3 class=\"mgSubSubTitleTxt\">Decision:</h3><div class=\"mgWordPara\"><p>That:</p><p>(a) the contract "
        + "be awarded;</p><p>(b) officers report back.</p></div><h3 class=\"mgSubSubTitleTxt\">Reasons for the "
        + "decision:</h3><div class=\"mgWordPara\"><p>Best value.</p></div><p><span class=\"mgLabel\">Publication date: "
        + "</span>05&#47;03&#47;2026</p><p><span class=\"mgLabel\">Date of decision: </span>04&#47;03&#47;2026</p>"
        + "<p><span class=\"mgLabel\">Effective from: </span>13&#47;03&#47;2026</p><p><span class=\"mgLabel\">Lead "
        + "officer: </span>Pat Doe</p></div></div>";
    Converted<DecisionRecord> c = ModernGovImport.decision(page, null);
    DecisionRecord r = c.value().orElseThrow();
    assertEquals("Highways contract", r.title().orElseThrow());
    assertEquals("Cabinet Member for Highways", ((Person) r.decisionMaker().orElseThrow()).post().orElseThrow());
    assertEquals("Implemented", r.status().orElseThrow());
    assertEquals(LocalDate.of(2026, 3, 5), r.publicationDate().orElseThrow());
    assertEquals(LocalDate.of(2026, 3, 4), r.decisionDate().orElseThrow());
    assertEquals(LocalDate.of(2026, 3, 13), r.effectiveFrom().orElseThrow());
    assertEquals("Pat Doe", r.contacts().get(0).name().orElseThrow());
    var resolution = r.decisions().get(0);
    assertTrue(resolution.keyDecision().orElseThrow());
    assertTrue(resolution.subjectToCallIn().orElseThrow());
    assertEquals("That:", resolution.parts().get(0).text());
    assertEquals("(a)", resolution.parts().get(0).parts().get(0).label().orElseThrow());
    assertEquals("the contract be awarded;", resolution.parts().get(0).parts().get(0).text());
    assertEquals(List.of("Best value."), resolution.reasons());
    assertTrue(r.id().isEmpty(), "no address, no id: none is made up");
    List<String> lost = c.notes(Kind.NOT_CARRIED).stream().map(ConversionNote::path).toList();
    assertEquals(List.of("span.mgLabel[Wards affected]", "h3.mgSubSubTitleTxt[Purpose]"), lost);
    valid(c);
  }

  @Test
  void aBodyDecidesWhereTheMakerIsNoPost() {
    assertTrue(DecisionPages.party("Cabinet") instanceof Body);
    assertTrue(DecisionPages.party("Planning Committee") instanceof Body);
    assertTrue(DecisionPages.party("Director of Finance") instanceof Person);
  }
}
