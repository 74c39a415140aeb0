package io.github.minutebook.seeds;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.meeting.ProceduralNoteKind;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 003: one agenda item of Leeds's Scrutiny Board (Strategy and Resources) on strategic
 * commissioning: visiting members of other scrutiny boards, the Executive Member and officers in
 * attendance, the Chief Executive's and Executive Member's comments, the Board's discussion and
 * "potential areas for improvement", a lettered resolution (a)-(c), and a minute's silence.
 *
 * <p>The figures in the comments (£50M, £90M, £60M) are statements, not funding decisions, and
 * stay in the narrative. The meeting's date and the item's minute number are not given.
 */
public final class Seed003LeedsStrategicCommissioning {
  /** The seed file these minutes are copied from. */
  public static final String FILE = "003_d7ee8c1bffffbc38.txt";

  /** The item's identifier, made up for this fixture so that the procedural note can name it. */
  static final String ITEM_ID = "strategic-commissioning";

  static final Body LEEDS = Body.of("Leeds", BodyKind.AUTHORITY);
  static final Body SCRUTINY_BOARD =
      Body.of("Scrutiny Board (Strategy and Resources)", BodyKind.SCRUTINY);

  /** The Chair is not named. */
  static final Person CHAIR = Person.ofPost("Chair");
  static final Person HEAD_OF_SCRUTINY = Person.ofPost("Head of Scrutiny");
  static final Person EXECUTIVE_MEMBER = Person.builder()
      .honorific("Councillor")
      .name("James Lewis")
      .post("Executive Member for Strategy and Resources")
      .build();
  static final Person CHIEF_EXECUTIVE = officer("Tom Riordan", "Chief Executive");

  private Seed003LeedsStrategicCommissioning() {}

  /** The minutes as a meeting with its one agenda item. */
  public static Meeting meeting() {
    return Meeting.builder()
        .zone(ZoneId.of("Europe/London")) // an English council: its times are UK local times
        .status(MeetingStatus.HELD) // minutes of it exist
        .authority(LEEDS)
        .body(SCRUTINY_BOARD)
        .addAllAttendance(attendance())
        .addAgendaItem(item())
        .addProceduralNote(minutesSilence())
        .build();
  }

  // ---- attendance ----

  private static List<Attendance> attendance() {
    List<Attendance> attendance = new ArrayList<>();
    attendance.add(Attendance.of(CHAIR, AttendanceRole.CHAIR));
    attendance.add(suesBentleysNote());
    attendance.addAll(visitingMembers());
    attendance.addAll(executiveMemberAndOfficers());
    return attendance;
  }

  /**
   * A member of this Board who also chairs another; the minutes note it beside the visiting
   * members, so she is recorded as a member present with the minutes' note.
   */
  private static Attendance suesBentleysNote() {
    return Attendance.builder()
        .person(Person.councillor("Sue Bentley"))
        .role(AttendanceRole.MEMBER_PRESENT)
        .note("It was also noted that Councillor Sue Bentley, a member of the Scrutiny Board "
            + "(Strategy and Resources) also chaired the Scrutiny Board (Children’s Services).")
        .build();
  }

  /**
   * "members representing other Scrutiny Board’s". Councillor Truswell represents two boards,
   * "City Development / Adult Social Services, Public Health, NHS".
   */
  private static List<Attendance> visitingMembers() {
    return List.of(
        visiting("Paul Truswell", "City Development", "Adult Social Services, Public Health, NHS"),
        visiting("Pauleen Grahame", "Housing & Regeneration"),
        visiting("Mary Harland", "Citizen’s & Communities"));
  }

  private static Attendance visiting(String name, String... boards) {
    Attendance.Builder attendance = Attendance.builder()
        .person(Person.councillor(name))
        .role(AttendanceRole.VISITING_MEMBER);
    for (String board : boards) {
      attendance.addRepresenting(Body.of(board, BodyKind.SCRUTINY));
    }
    return attendance.build();
  }

  /** "in attendance for the discussion and to address questions from the Scrutiny Board". */
  private static List<Attendance> executiveMemberAndOfficers() {
    return List.of(
        Attendance.of(EXECUTIVE_MEMBER, AttendanceRole.EXECUTIVE_MEMBER_IN_ATTENDANCE),
        inAttendance(CHIEF_EXECUTIVE),
        inAttendance(officer("Alan Gay", "Deputy Chief Executive")),
        inAttendance(officer("Cath Roff", "Director of Adult Social Services")),
        inAttendance(officer("Sue Rumbold",
            "Chief Officer (Partnership Development and Business Support), Children’s Services")),
        inAttendance(officer("Mick Ward",
            "Interim Chief Officer (Commissioning), Adult Social Services")),
        inAttendance(officer("Chris Dickinson", "Head of Commissioning, Children’s Services")),
        inAttendance(officer("Angela Lawson",
            "Head of Programme, Projects Programmes & Procurement Unit")));
  }

  private static Attendance inAttendance(Person officer) {
    return Attendance.of(officer, AttendanceRole.OFFICER_IN_ATTENDANCE);
  }

  /** An officer, named with the post after the dash, as the list gives it. */
  private static Person officer(String name, String post) {
    return Person.builder().name(name).post(post).build();
  }

  // ---- the item ----

  private static AgendaItem item() {
    return AgendaItem.builder()
        .id(ITEM_ID)
        .title("Strategic Commissioning")
        .agendaDescription(AGENDA_DESCRIPTION)
        .kind(ItemKind.SCRUTINY_REVIEW)
        .addPresenter(HEAD_OF_SCRUTINY)
        .addNarrative(report())
        .addNarrative(recap())
        .addNarrative(commentsOfTheChiefExecutiveAndExecutiveMember())
        .addNarrative(discussion())
        .addNarrative(areasForImprovement())
        .addNarrative(reviewOfComments())
        .addNarrative(thanks())
        .addAction(reviewTheComments())
        .addResolution(resolution())
        .outcome(ItemOutcome.DECIDED)
        .build();
  }

  // ---- narrative ----

  /**
   * The agenda's description of the item, printed above "Minutes:"; it is what the agenda said
   * would happen, not part of the minutes' narrative. "presenting introducing" is as printed.
   */
  static final String AGENDA_DESCRIPTION = "To consider a report from the Head of Scrutiny, "
      + "presenting introducing Strategic Commissioning as a specific area for discussion at the "
      + "meeting.";

  private static Paragraph report() {
    return Paragraph.of("The Scrutiny Board received a report from the Head of Scrutiny setting out "
        + "a summary of the Scrutiny Board’s consideration of strategic commissioning to date and to "
        + "help inform a discussion with the Executive Member (Strategy and Resources), the Chief "
        + "Executive and other senior officers across the Council.");
  }

  private static Paragraph recap() {
    return Paragraph.builder()
        .addSpeaker(CHAIR)
        .text("The Chair gave a brief recap on the work of the Scrutiny Board to date and invited "
            + "the Chief Executive and Executive Member to address the meeting.")
        .build();
  }

  /** Made jointly by two speakers, the Chief Executive and the Executive Member. */
  private static Paragraph commentsOfTheChiefExecutiveAndExecutiveMember() {
    return Paragraph.builder()
        .kind(ParagraphKind.STATEMENT)
        .addSpeaker(CHIEF_EXECUTIVE)
        .addSpeaker(EXECUTIVE_MEMBER)
        .text("The Chief Executive and Executive Member addressed the meeting and thanked the "
            + "Scrutiny Board for the opportunity to discuss the Council’s approach to "
            + "commissioning.  The Chief Executive and Executive Member made a number of comments, "
            + "including the following:")
        .addPoint(Paragraph.of("Welcomed the scrutiny inquiry."))
        .addPoint(Paragraph.of("Strategic commissioning aimed to help the City achieve its "
            + "objectives and make the best use of public resources and the ‘Leeds £’."))
        .addPoint(Paragraph.of("Work had commenced to transform commissioning, with over £50M "
            + "saved in the past 4 years."))
        .addPoint(point("A structural model (i.e. a single commissioning hub), while seemingly "
                + "having the benefit of a single responsible officer, such an approach also "
                + "carried significant risks, including.",
            "A potential decrease in control and democratic accountability, should other partners "
                + "(i.e. NHS) assume overall responsibility for commissioning.",
            "A potential loss, or dilution, of specialist commissioning knowledge and skills – "
                + "particularly around safeguarding for children and adults."))
        .addPoint(point("Revisions to the proposed ‘peoples commissioning’ approach to reflect "
                + "previous concerns raised by the Scrutiny Board, included:",
            "Greater Member involvement – including the Executive Board member (Strategy and "
                + "Resources) chairing the Corporate Strategic Commissioning Group.",
            "The inclusion of Housing and Jobs and Skills within the scope and remit of ‘peoples "
                + "commissioning’."))
        .addPoint(Paragraph.of("The significance of financial cuts – with the Council saving over "
            + "£90M in the previous three years, with the requirement of a further £60M over the "
            + "next 12-months."))
        .addPoint(Paragraph.of("A commitment for greater involvement of ward members and use of "
            + "local intelligence within commissioning processes."))
        .build();
  }

  private static Paragraph discussion() {
    return list(ParagraphKind.DISCUSSION,
        "The Scrutiny Board discussed the matters highlighted during the meeting; making a number "
            + "of comments, observations and highlighting other areas for discussion, including:",
        "Acknowledgement of the concerns previously highlighted by the Scrutiny Board and how these "
            + "were being addressed.",
        "The potential role of Community Committees within the commissioning cycle.",
        "The category management approach within the Programme, Projects Programmes & "
            + "Procurement Unit (PPPU).",
        "Outcome measures and communication.",
        "The availability and use of ‘efficiency benchmarks’ as a method of demonstrating progress "
            + "and performance.",
        "Evidence of decommissioning and associated decision-making processes.",
        "Maintaining ‘service quality’ particularly during increased levels of independent sector "
            + "provision.",
        "Quality of employment practices within parts of the independent sector.",
        "Governance and accountability – in terms of commissioning and service provision.",
        "Balancing the need for specialist and generalist commissioning expertise.",
        "Current internal staffing costs associated with commissioning.",
        "Total ‘place based’ commissioning.",
        "The Adult Social Care ‘Use of Resources’ peer review expected in September 2016.",
        "The reliance on Neighbourhood Networks to deliver statutory services.",
        "Pooled budgets and integrated commissioning.");
  }

  private static Paragraph areasForImprovement() {
    return list(ParagraphKind.FINDINGS,
        "From the discussion, the Scrutiny Board went on to identify the following as potential "
            + "areas for improvement:",
        "Assurance on the robustness of the commissioning approach.",
        "Consistent triangulation of quality across the Council.",
        "Communication to help articulate the vision and approach for commissioning.",
        "Defining/ confirming the future role of the Third Sector in Leeds.",
        "Monitoring and reporting outcomes, including the use of cost benefit analysis.",
        "Identifying and discussing decommissioning of services.",
        "Involvement of members within the commissioning cycle.");
  }

  private static Paragraph reviewOfComments() {
    return Paragraph.of("As part of the Board’s ongoing consideration of commissioning, the "
        + "Scrutiny Board agreed to review the comments made during the discussion alongside "
        + "additional information highlighted at the meeting.");
  }

  private static Paragraph thanks() {
    return Paragraph.builder()
        .addSpeaker(CHAIR)
        .text("On conclusion of the discussion, the Chair thanked all those in attendance for their "
            + "contributions.")
        .build();
  }

  private static Paragraph point(String text, String... subPoints) {
    Paragraph.Builder point = Paragraph.builder().text(text);
    for (String subPoint : subPoints) {
      point.addPoint(Paragraph.of(subPoint));
    }
    return point.build();
  }

  private static Paragraph list(ParagraphKind kind, String text, String... points) {
    return Paragraph.builder().from(point(text, points)).kind(kind).build();
  }

  // ---- the undertaking ----

  private static Action reviewTheComments() {
    return Action.builder()
        .kind(ActionKind.UNDERTAKING)
        .owner(SCRUTINY_BOARD)
        .description("the Scrutiny Board agreed to review the comments made during the discussion "
            + "alongside additional information highlighted at the meeting")
        .build();
  }

  // ---- RESOLVED (a)-(c) ----

  private static Resolution resolution() {
    return Resolution.builder()
        .preamble("RESOLVED –")
        .addPart(part("a", "That the report and details presented at the meeting be noted.",
            PartEffect.NOTE))
        .addPart(part("b", "That the additional information identified at the meeting be provided "
            + "to members of the Scrutiny Board.", PartEffect.REQUEST))
        .addPart(part("c", "That further consideration of commissioning be incorporated into the "
            + "overall work schedule for the Scrutiny Board.", PartEffect.APPROVE))
        .build();
  }

  private static ResolutionPart part(String label, String text, PartEffect effect) {
    return ResolutionPart.builder().label(label).text(text).effect(effect).build();
  }

  // ---- the minute's silence ----

  private static ProceduralNote minutesSilence() {
    return ProceduralNote.builder()
        .kind(ProceduralNoteKind.MINUTES_SILENCE)
        .text("During the discussion, the Scrutiny Board observed a minute’s silence in memory of "
            + "the victims and families affected by recent events in Nice, France.")
        .duringItem(ITEM_ID)
        .build();
  }
}
