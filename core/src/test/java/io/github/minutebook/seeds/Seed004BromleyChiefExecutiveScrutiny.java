package io.github.minutebook.seeds;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import java.time.ZoneId;
import java.util.List;

/**
 * Seed 004: one agenda item of a London Borough of Bromley PDS committee, the questioning of the
 * Chief Executive. There is no resolution; the dates and the Adult Social Care overspend (£1.8m
 * down to £1.2m, to go below £1m) are what was reported and stay in the narrative.
 *
 * <p>The committee is not named, so the meeting's body is left empty; the authority is named as
 * the minutes write it ("L B Bromley"). Paragraphs are kept as the minutes break them; each is
 * attributed to the Chief Executive only where the paragraph names him as the speaker throughout.
 */
public final class Seed004BromleyChiefExecutiveScrutiny {
  /** The seed file these minutes are copied from. */
  public static final String FILE = "004_b7ac672ce823cd61.txt";

  static final Body BROMLEY = Body.of("L B Bromley", BodyKind.AUTHORITY);

  static final Person CHIEF_EXECUTIVE = Person.ofPost("Chief Executive");
  static final Person CHAIRMAN = Person.ofPost("Chairman");
  static final Person VICE_CHAIRMAN = Person.ofPost("Vice-Chairman");
  /** The police post the concern is passed to; no one holding it is named or attended. */
  static final Person BOROUGH_COMMANDER = Person.ofPost("Borough Commander");
  static final Body SAFER_BROMLEY_PARTNERSHIP =
      Body.of("Safer Bromley Partnership", BodyKind.PARTNERSHIP);

  private Seed004BromleyChiefExecutiveScrutiny() {}

  /** The minutes as a meeting with its one agenda item. */
  public static Meeting meeting() {
    return Meeting.builder()
        .zone(ZoneId.of("Europe/London")) // an English council: its times are UK local times
        .status(MeetingStatus.HELD) // minutes of it exist
        .authority(BROMLEY)
        .addAttendance(Attendance.of(CHAIRMAN, AttendanceRole.CHAIR))
        .addAttendance(Attendance.of(VICE_CHAIRMAN, AttendanceRole.VICE_CHAIR))
        .addAttendance(Attendance.of(CHIEF_EXECUTIVE, AttendanceRole.OFFICER_IN_ATTENDANCE))
        .addAgendaItem(item())
        .build();
  }

  private static AgendaItem item() {
    return AgendaItem.builder()
        .title("SCRUTINY OF THE CHIEF EXECUTIVE")
        .kind(ItemKind.QUESTIONING)
        .addPresenter(CHIEF_EXECUTIVE)
        .addAllNarrative(chiefExecutivesAddress())
        .addAllNarrative(questions())
        .addAllNarrative(governanceAndHealth())
        .addAllNarrative(closingUpdates())
        .addAction(passTheConcernOn())
        .outcome(ItemOutcome.CONSIDERED)
        .build();
  }

  // ---- the Chief Executive's address ----

  private static List<Paragraph> chiefExecutivesAddress() {
    return List.of(
        Paragraph.of("The Chief Executive addressed Members and received questions."),
        Paragraph.of(CHILDRENS_SERVICES),
        statement(OFSTED_MONITORING_VISIT),
        Paragraph.of(FINANCIAL_OUTLOOK),
        statement(HEALTH_AND_SOCIAL_CARE));
  }

  private static final String CHILDRENS_SERVICES = "The position on Children’s Services was now "
      + "stabilising and Ofsted were due to visit again on 22nd and 23rd February 2017. Compared to "
      + "Ofsted’s visit last May, governance considerations were now in place although improved "
      + "service and practice was taking a little longer. Caseloads were nevertheless reducing with "
      + "good calibre staff being recruited. Tools for improved performance were in place and 150 "
      + "laptops had been issued to social care staff. The Commissioner monitoring Children’s "
      + "Services in Bromley had been with the authority two to three days per month and would "
      + "report to the Minister on 27th May 2017. There would also be a further Ofsted visit at "
      + "that point. Ofsted was looking to see improvements delivered and the Commissioner was "
      + "taking a wider review of the authority’s ability to provide Children’s Services. Staff "
      + "skills were important as was a need for staff and partners to own children’s services.";

  private static final String OFSTED_MONITORING_VISIT = "Following Ofsted’s first monitoring visit "
      + "of Children’s Services, Ofsted considered there had been limited progress and the Council "
      + "was demonstrating commitment. Improvements had been made too recently for outcomes to be "
      + "properly assessed and more progress was needed (e.g. around partnerships and bringing the "
      + "focus back to children); the pace was still slow with required changes needing to be "
      + "considerably accelerated. Officers were driving for a positive outcome at the final "
      + "inspection. The Council’s leadership, management and governance would provide a platform "
      + "to achieve the level of improvement needed. The Chief Executive was confident the Council "
      + "would see a positive direction of travel; progress was being made at the front line and "
      + "case levels were now reducing. Improvement was taking time but the Executive Director had "
      + "a track record of achievement. The Executive Director was establishing his team and the "
      + "focus was on improving outcomes for children.";

  private static final String FINANCIAL_OUTLOOK = "On the Council’s four year financial outlook, a "
      + "budget gap remained for years three and four. Priorities for Building a Better Bromley had "
      + "been signed-off with partners last November and collaborative working was important; in "
      + "this regard measures were being taken forward to boost economic regeneration in areas such "
      + "as Biggin Hill. The Council was also making good use of its assets and the partnership "
      + "with Cushman and Wakefield would bear fruit in maximising property income. Further "
      + "improvements were also being made to contract management across the Council.";

  private static final String HEALTH_AND_SOCIAL_CARE = "The Chief Executive referred to progress "
      + "on integrating health and social care and the challenges towards this. Reference was also "
      + "made to the Transfer of Care Bureau, established to enable better co-operation between "
      + "agencies for complex discharges from the Princess Royal University Hospital (PRUH). "
      + "Supporting a successful transfer of patients from the PRUH to the community each month, "
      + "the arrangement provided a seamless approach enabling discharges and release of hospital "
      + "beds. The Council’s Social Services was recognised by the PRUH and Clinical Commissioning "
      + "Group (CCG) as having a key input to the timely discharge of patients from hospital beds.";

  // ---- Members' questions and the answers ----

  private static List<Paragraph> questions() {
    return List.of(
        discussion("On public protection, the Metropolitan Police was looking to deliver policing "
            + "in London via “super boroughs” headed by a Borough Commander. A Member expressed "
            + "concern at the frequency of re-organisation within the Metropolitan Police; the "
            + "Member also advocated appropriate training to ensure a reduction in the current level "
            + "of re-offending. He also asked how economic development was now being led at officer "
            + "level and, in the context of integrating health and social care, highlighted the "
            + "approach taken at Salford."),
        Paragraph.builder()
            .kind(ParagraphKind.ANSWER)
            .text("The Council was investing in its partnership with Cushman and Wakefield with an "
                + "even greater level of expertise now available to officers. At Director level, "
                + "oversight was provided by the Executive Director of Environment and Community "
                + "Services with support from the Head of Strategic Property. On the Salford model "
                + "for integrating health and social care, discussions would be held with "
                + "consultants - a number of places were now considering the approach. Training "
                + "budgets would also be protected and the new Deputy Chief Executive and Executive "
                + "Director of Education, Care and Health Services was keen to focus on training for "
                + "social care staff. Wider reductions had stabilised and it was not intended to "
                + "drive further cuts and efficiencies in social care; income for front line "
                + "services would instead be sought from revenue generating projects.")
            .build(),
        Paragraph.of("For the Youth Offending Service (YOS), Ofsted inspectors had been on site "
            + "week beginning 23rd January 2017 and a further inspection would begin on 6th "
            + "February 2017, including inspection by partner inspectorates from Learning and "
            + "Skills (Ofsted), Children’s Social Care (Ofsted), Health (including substance "
            + "misuse), the Care Quality Commission (CQC), and Police inspectorates. Some service "
            + "improvements were being achieved although faster improvements were necessary."),
        discussion("In view of partnership working starting to bear fruit, a Member sought "
            + "assurance on the continued engagement of partners. The Chief Executive referred to "
            + "work by the Children’s Service Improvement Governance Board whose membership "
            + "included partners. The YOS Management Board also included partners who were "
            + "contributing to improvements. Partner engagement was encouraged and there was now "
            + "more challenge with partners when necessary. Building a Better Bromley was now about "
            + "L B Bromley and its partners delivering the objectives; Children’s Services was no "
            + "longer considered L B Bromley Children Services but Children’s Services in L B "
            + "Bromley and partners could be expected to become even more involved in future."),
        discussion("A Member was concerned that there appeared to be little information coming "
            + "from the police; as such, the concern would be passed to the Borough Commander and "
            + "taken to the Safer Bromley Partnership. The Member also enquired about future "
            + "operation of Bromley Town Centre Market. It was understood that, generally, traders "
            + "were positive to the market being moved to a new town centre location, away from "
            + "Market Square; although there would be fewer stalls, it was thought that the number "
            + "of food stalls would increase."));
  }

  private static List<Paragraph> governanceAndHealth() {
    return List.of(
        discussion("On Governance matters, the Chief Executive’s views were sought on the current "
            + "Education Select Committee pilot. The Chief Executive suggested that looking at a "
            + "single subject appeared to have been successful and PDS Committees need to be a "
            + "little more focused on issues. This could involve individual PDS Committees "
            + "focussing on specific issues or perhaps having one Select Committee to cover PDS "
            + "work. The decision was one for Members. The Chairman suggested that Sub-Committees "
            + "e.g. Contracts Sub-Committee also seemed to work well. There was opportunity for PDS "
            + "to consider/discuss policy development in areas affecting Council business. A task "
            + "and finish approach was advocated but it was necessary to have the best use of "
            + "officer time. PDS reviews would need a sharpness and focus to drill down to key "
            + "issues. The Vice-Chairman also highlighted an inquiry into Local Government Overview "
            + "and Scrutiny by the House of Commons Communities and Local Government Select "
            + "Committee."),
        discussion("On integrating health and social care, the Vice-Chairman also suggested "
            + "looking at liabilities and contracts and not solely finances, suggesting that a "
            + "number of contracts needed improvement. The Chief Executive referred to work of the "
            + "Health and Wellbeing Board, and how to use funding to build objectives for the "
            + "community. There was also potential for cost sharing; it is possible to work through "
            + "contract issues with health partners if there is a good relationship in place e.g. "
            + "health aspects of a child’s placement. The Vice-Chairman suggested that the Salford "
            + "model may provide solutions. It was highlighted that certain functions can be "
            + "delegated to CCGs and CCGs also have powers to delegate to Local Authorities."));
  }

  /** The overspend is reported, not decided: no funding allocation is made of it. */
  private static List<Paragraph> closingUpdates() {
    return List.of(
        Paragraph.of("The predicted budget overspend for Adult Social Care was some £1.8m at "
            + "previous budget monitoring stage but this was now down to £1.2m. The intention was "
            + "to reduce the overspend to below £1m. Although it was not possible to reach zero "
            + "overspend, better mechanisms were now in place to control expenditure."),
        Paragraph.builder()
            .kind(ParagraphKind.ANSWER)
            .text("Following a Member enquiry, an update was also provided on progress in clearing "
                + "the former Waste4fuel site at Cornwall Drive, Orpington. The Council had received "
                + "regular communication from the Environment Agency and the direction of travel in "
                + "clearing the site was good. Some hazardous waste was possibly included and "
                + "officers were in discussion with the Environment Agency.")
            .build());
  }

  private static Paragraph statement(String text) {
    return Paragraph.builder()
        .kind(ParagraphKind.STATEMENT)
        .addSpeaker(CHIEF_EXECUTIVE)
        .text(text)
        .build();
  }

  /** A paragraph in which Members and the Chief Executive exchange views; no single speaker. */
  private static Paragraph discussion(String text) {
    return Paragraph.builder().kind(ParagraphKind.DISCUSSION).text(text).build();
  }

  // ---- the undertaking ----

  /**
   * Who passes the concern on is not said, so there is no owner; those it goes to, the Borough
   * Commander and the Safer Bromley Partnership, are the parties it involves.
   */
  private static Action passTheConcernOn() {
    return Action.builder()
        .kind(ActionKind.UNDERTAKING)
        .description("the concern would be passed to the Borough Commander and taken to the Safer "
            + "Bromley Partnership")
        .addInvolving(BOROUGH_COMMANDER)
        .addInvolving(SAFER_BROMLEY_PARTNERSHIP)
        .build();
  }
}
