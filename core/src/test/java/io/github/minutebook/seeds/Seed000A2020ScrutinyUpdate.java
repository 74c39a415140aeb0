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
import io.github.minutebook.recommendation.ProgressStatus;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationSource;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Seed 000: one agenda item of a scrutiny committee (authority and committee not named): a
 * progress update on Key Lines of Enquiry 1-3 of the A2020 Scrutiny Review, whose action plan of
 * 24 recommendations the committee agreed on 7 October 2020 (minute 19).
 *
 * <p>The meeting's date, authority and body are not in the text and are left empty. The people
 * who presented or spoke are recorded as attending in their posts; none is named.
 */
public final class Seed000A2020ScrutinyUpdate {
  /** The seed file these minutes are copied from. */
  public static final String FILE = "000_35ae1ca73d355a17.txt";

  static final String TITLE =
      "General progress update regarding A2020 Scrutiny Recommendations - KLOE 1, 2 and 3";

  static final Person COMMERCIAL_DIRECTOR = Person.ofPost("Commercial Director");
  static final Person COMMISSIONING_DIRECTOR = Person.ofPost("Commissioning Director");
  /** One person holding two posts; {@link Person#post()} holds one string, so both are in it. */
  static final Person DEPUTY_LEADER = Person.ofPost(
      "Deputy Leader of the Council and Cabinet Member for Finance, Performance & Core Services");
  /** "the Council’s Director of Policy and Participation (DPP)". */
  static final Person DIRECTOR_OF_POLICY = Person.ofPost("Director of Policy and Participation");
  static final Person CABINET_MEMBER_SOCIAL_CARE =
      Person.ofPost("Cabinet Member for Social Care and Health Integration");

  static final RecommendationSource A2020_REVIEW = RecommendationSource.builder()
      .kind(RecommendationSourceKind.SCRUTINY_REVIEW)
      .title("A2020 Scrutiny Review")
      .build();

  private Seed000A2020ScrutinyUpdate() {}

  /** The minutes as a meeting with its one agenda item. */
  public static Meeting meeting() {
    return Meeting.builder()
        .zone(ZoneId.of("Europe/London")) // an English council: its times are UK local times
        .status(MeetingStatus.HELD) // minutes of it exist
        .addAllAttendance(attendance())
        .addAgendaItem(item())
        .build();
  }

  /** Those the minutes show presenting or speaking; no attendance list is given. */
  private static List<Attendance> attendance() {
    return List.of(
        Attendance.of(COMMERCIAL_DIRECTOR, AttendanceRole.OFFICER_IN_ATTENDANCE),
        Attendance.of(COMMISSIONING_DIRECTOR, AttendanceRole.OFFICER_IN_ATTENDANCE),
        Attendance.of(DEPUTY_LEADER, AttendanceRole.EXECUTIVE_MEMBER_IN_ATTENDANCE),
        Attendance.of(DIRECTOR_OF_POLICY, AttendanceRole.OFFICER_IN_ATTENDANCE),
        Attendance.of(CABINET_MEMBER_SOCIAL_CARE, AttendanceRole.EXECUTIVE_MEMBER_IN_ATTENDANCE));
  }

  private static AgendaItem item() {
    return AgendaItem.builder()
        .title(TITLE)
        .kind(ItemKind.UPDATE)
        .addPresenter(COMMERCIAL_DIRECTOR)
        .addPresenter(COMMISSIONING_DIRECTOR)
        .addNarrative(introduction())
        .addNarrative(commercialDirectorStatement())
        .addNarrative(deputyLeaderStatement())
        .addNarrative(directorOfPolicyStatement())
        .addNarrative(cabinetMemberStatement())
        .addAllMinuteReferences(minuteReferences())
        .addRecommendation(recommendation5())
        .addRecommendation(recommendation6())
        .addAllActions(actions())
        .outcome(ItemOutcome.CONSIDERED)
        .build();
  }

  // ---- narrative ----

  private static Paragraph introduction() {
    return Paragraph.of("The Council’s Commercial Director and Commissioning Director delivered an "
        + "update on the progress made regarding Key Lines of Enquiry (KLOE) 1-3 of the A2020 "
        + "Scrutiny Review. The Action Plan, which detailed the 24 recommendations that arose from "
        + "the review, had previously been agreed by the Committee at their 7 October 2020 meeting "
        + "(minute 19 refers).");
  }

  private static Paragraph commercialDirectorStatement() {
    return statement(COMMERCIAL_DIRECTOR,
        "In response to several questions, the Commercial Director stated that:",
        "A Business Forum Newsletter was sent out to local businesses and Councillors by the "
            + "Cabinet Member for Employment, Skills and Aspiration, and this now included a focus "
            + "in some areas on the social value element. Lots of work had been undertaken within "
            + "the Revenues and Benefits and Inclusive Growth departments during the pandemic to "
            + "identify local businesses in the Borough and a list of local businesses had now been "
            + "compiled.",
        "All Council-owned companies had agreed to produce summary business plans, which would not "
            + "contain sensitive commercial or financial information, but would provide information "
            + "for residents that would identify their strategic objectives and how they planned to "
            + "meet these as part of their business planning process. These documents would be made "
            + "publicly available from 1 April 2021 and the Commercial Director agreed to share "
            + "links to these once they were in circulation.",
        "The Council was committed to getting as many local suppliers to bid for its work as "
            + "possible. It was in the early stages of planning how to develop social value and the "
            + "local business element of this; the development of the Social Value Policy had been "
            + "agreed at the Council’s Cabinet on 19 May 2020 (minute 4 refers).",
        "The Commercial team had initially been working to identify which commitments had already "
            + "been made in regards to local employment and work with local businesses. The team had "
            + "also been working with commissioners to identify which commitments needed to go into "
            + "contracts that were going to be let over the course of the next 12 months, to ensure "
            + "a more established baseline with which to work.",
        "The team were still at the start of their journey. There would also always be a delay "
            + "between the procurement of a contract and the completion of an outcome. Some of the "
            + "work completed would not lead to outcomes in the short-term, and there was a longer "
            + "plan that had been developed that would provide local businesses with more "
            + "information about how they could bid for work.",
        "The Council were constrained to a degree by the amount of work that it commissioned and a "
            + "lot of the work that it commissioned was already in contract. As such, the Council "
            + "was trying to establish the arrangements for contracts that were going out to "
            + "procurement.",
        "There had been a delay in establishing these arrangements, as the Commercial team had "
            + "tried to encourage Commissioners and Council Companies to secure work through local "
            + "businesses where there was the opportunity to do so.");
  }

  /**
   * The minutes break the second bullet across two bullets ("... new procurement cycles" / "could
   * begin."); the points keep the four bullets as written.
   */
  private static Paragraph deputyLeaderStatement() {
    return statement(DEPUTY_LEADER,
        "The Deputy Leader of the Council and Cabinet Member for Finance, Performance & Core "
            + "Services stated that:",
        "The Council needed to look into how it divided its frameworks into more bitesize, "
            + "achievable outcomes for local businesses, as the commissioning work and services "
            + "undertaken by the Council were vast and some of the smaller businesses were not in a "
            + "position to deliver these.",
        "The Council had been working to ensure that it was on the front foot with its social value "
            + "work and in working with local businesses; however, the Council was restricted by "
            + "when its contracts ended and new procurement cycles",
        "could begin.",
        "The Council needed to ensure that procurement was robust, no matter the size of the "
            + "contract procured. It now had an extensive list of local businesses with which to "
            + "engage and work, following on from the Covid-19 business grants allocation.");
  }

  private static Paragraph directorOfPolicyStatement() {
    return statement(DIRECTOR_OF_POLICY,
        "Following on from the Commissioning Director’s update on recommendation 5 in relation to "
            + "how demand for services was affected by the movement of people in, out and around "
            + "the Borough, the Council’s Director of Policy and Participation (DPP) emphasised "
            + "that:",
        RESIDENTS_MATRIX,
        DEMAND_DASHBOARDS,
        MOCK_DASHBOARDS);
  }

  private static Paragraph cabinetMemberStatement() {
    return statement(CABINET_MEMBER_SOCIAL_CARE,
        "In response to a question, the Cabinet Member for Social Care and Health Integration "
            + "provided some additional detail around recommendation 6 in relation to challenging "
            + "local authorities who placed families in the Borough without informing the Council:",
        CHALLENGE_SYSTEM,
        "The Council’s biggest issue in regards to increased demand and families with complex "
            + "needs, was families who came and rented privately, who were not necessarily coming "
            + "through the Local Authority route.",
        "There was still a lot of people who came to the Borough as housing was relatively cheap in "
            + "comparison to the rest of London, and the Council would not find out about these "
            + "families and their needs until they presented to Council Social Care services.",
        "The Cabinet Member agreed to look into the financial issues surrounding temporary "
            + "accommodation, private-rented housing and placement families, stating that there was "
            + "also an ongoing discussion at the London Leaders level into the unfairness of the "
            + "present system in terms of the burden on some local authorities in comparison to "
            + "others. Future updates on this would be brought back to the Committee.");
  }

  private static final String RESIDENTS_MATRIX = "The Resident’s Matrix 2019/20, which was on "
      + "track to be completed by March 2021, had already been used in some pilot areas and would "
      + "provide data on all wards and areas by March.";

  private static final String DEMAND_DASHBOARDS = "The Demand dashboards in OneView "
      + "(infrastructure management software) were now also live for commissioners and operational "
      + "staff to utilise. The development of these tools was the first stage in the process and "
      + "as with any data tool, more information would emerge as officers started to use this and "
      + "the real impact could be determined. As such, this was an area that the Committee may wish "
      + "to revisit in the future, when more information about the impact of the tool could be "
      + "collated.";

  /** Note "structure.The": the minutes have no space there. */
  private static final String MOCK_DASHBOARDS = "The Dashboards held sensitive service user data, "
      + "which help frontline practitioners to make more informed decisions, but the Committee could "
      + "be provided with some mock dashboards to better understand their structure.The Committee "
      + "was also due to receive an update on the OneView software in March 2021.";

  private static final String CHALLENGE_SYSTEM = "The Council had a system to challenge Local "
      + "Authorities who were making placements into the Borough and not informing the Council.";

  private static Paragraph statement(Person speaker, String text, String... points) {
    Paragraph.Builder paragraph = Paragraph.builder()
        .kind(ParagraphKind.STATEMENT)
        .addSpeaker(speaker)
        .text(text);
    for (String point : points) {
      paragraph.addPoint(Paragraph.of(point));
    }
    return paragraph.build();
  }

  // ---- references to other minutes ----

  private static List<MinuteReference> minuteReferences() {
    MinuteReference actionPlanAgreed = MinuteReference.builder()
        .meetingDate(LocalDate.of(2020, 10, 7))
        .minuteNumber("19")
        .asWritten("7 October 2020 meeting (minute 19 refers)")
        .build();
    MinuteReference socialValuePolicy = MinuteReference.builder()
        .body(Body.of("Cabinet", BodyKind.EXECUTIVE))
        .meetingDate(LocalDate.of(2020, 5, 19))
        .minuteNumber("4")
        .asWritten("Cabinet on 19 May 2020 (minute 4 refers)")
        .build();
    return List.of(actionPlanAgreed, socialValuePolicy);
  }

  // ---- recommendations and their progress ----

  /**
   * What recommendation 5 is about, as the minutes describe it ("recommendation 5 in relation to
   * ..."); the minutes do not quote the recommendation itself.
   */
  static final String RECOMMENDATION_5_SUBJECT = "in relation to how demand for services was "
      + "affected by the movement of people in, out and around the Borough";

  /** What recommendation 6 is about, as the minutes describe it. */
  static final String RECOMMENDATION_6_SUBJECT = "in relation to challenging local authorities "
      + "who placed families in the Borough without informing the Council";

  /**
   * Its words, its KLOE and its action-plan id are not in the minutes, only what it is about, which
   * is its {@link Recommendation#subject()}. The Commissioning Director's update is recorded
   * without its content, which the minutes do not give: its text is the minutes' words naming it.
   */
  private static Recommendation recommendation5() {
    return Recommendation.builder()
        .number("5")
        .source(A2020_REVIEW)
        .subject(RECOMMENDATION_5_SUBJECT)
        .addProgressUpdate(ProgressUpdate.builder()
            .reportedBy(COMMISSIONING_DIRECTOR)
            .text("update on recommendation 5 " + RECOMMENDATION_5_SUBJECT)
            .build())
        .addProgressUpdate(ProgressUpdate.builder()
            .reportedBy(DIRECTOR_OF_POLICY)
            .text(RESIDENTS_MATRIX)
            .status(ProgressStatus.IN_PROGRESS)
            .build())
        .addProgressUpdate(ProgressUpdate.builder()
            .reportedBy(DIRECTOR_OF_POLICY)
            .text(DEMAND_DASHBOARDS)
            .build())
        .build();
  }

  /**
   * Like recommendation 5, described by the minutes rather than quoted. The Cabinet Member's
   * "additional detail around recommendation 6" is the bullets that follow; the one that reports
   * progress (the system to challenge other authorities) is the update, and the other bullets,
   * which describe the problem, stay in the narrative.
   */
  private static Recommendation recommendation6() {
    return Recommendation.builder()
        .number("6")
        .source(A2020_REVIEW)
        .subject(RECOMMENDATION_6_SUBJECT)
        .addProgressUpdate(ProgressUpdate.builder()
            .reportedBy(CABINET_MEMBER_SOCIAL_CARE)
            .text(CHALLENGE_SYSTEM)
            .build())
        .build();
  }

  // ---- undertakings ----

  private static List<Action> actions() {
    Action shareLinks = Action.builder()
        .kind(ActionKind.UNDERTAKING)
        .owner(COMMERCIAL_DIRECTOR)
        .description("the Commercial Director agreed to share links to these once they were in "
            + "circulation")
        .dueWhen("once they were in circulation")
        .build();
    // "could be provided": an offer the DPP made, not a commitment; the DPP who made it owns it
    Action mockDashboards = Action.builder()
        .kind(ActionKind.OFFER)
        .owner(DIRECTOR_OF_POLICY)
        .description("the Committee could be provided with some mock dashboards to better "
            + "understand their structure")
        .build();
    Action oneViewUpdate = Action.builder()
        .kind(ActionKind.FUTURE_REPORT)
        .description("The Committee was also due to receive an update on the OneView software in "
            + "March 2021.")
        .dueWhen("March 2021")
        .build();
    Action lookIntoFinancialIssues = Action.builder()
        .kind(ActionKind.UNDERTAKING)
        .owner(CABINET_MEMBER_SOCIAL_CARE)
        .description("The Cabinet Member agreed to look into the financial issues surrounding "
            + "temporary accommodation, private-rented housing and placement families")
        .build();
    Action futureUpdates = Action.builder()
        .kind(ActionKind.FUTURE_REPORT)
        .owner(CABINET_MEMBER_SOCIAL_CARE)
        .description("Future updates on this would be brought back to the Committee.")
        .build();
    return List.of(shareLinks, mockDashboards, oneViewUpdate, lookIntoFinancialIssues,
        futureUpdates);
  }
}
