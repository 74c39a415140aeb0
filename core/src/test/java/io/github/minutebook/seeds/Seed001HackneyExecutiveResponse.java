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
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.RecommendationSource;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import java.time.ZoneId;
import java.util.List;

/**
 * Seed 001: one agenda item of the London Borough of Hackney's Governance and Resources Scrutiny
 * Commission: the Cabinet Member Finance presents the draft Executive response to the
 * Commission's review "Delivering Public Services - Whole Place, Whole System Approach".
 *
 * <p>The minutes number their paragraphs 7.1 to 7.10, with discussion points (i) to (x) under
 * 7.10 and a second "(i)" for the next steps; the numbers are kept as written. The meeting's date
 * and the item's minute number are not given.
 */
public final class Seed001HackneyExecutiveResponse {
  /** The seed file these minutes are copied from. */
  public static final String FILE = "001_237a49e878bbe5a7.txt";

  static final String TITLE = "Governance and Resources Scrutiny Review Delivering Public "
      + "Services - Whole Place, Whole System Approach - Executive Response";

  static final Body HACKNEY = Body.builder()
      .name("London Borough of Hackney")
      .abbreviation("LBH")
      .kind(BodyKind.AUTHORITY)
      .build();
  static final Body COMMISSION =
      Body.of("Governance and Resources Scrutiny Commission", BodyKind.SCRUTINY);
  /** The body whose response it is: "the draft Executive response". */
  static final Body EXECUTIVE = Body.of("Executive", BodyKind.EXECUTIVE);

  /** The Chair is not named. */
  static final Person CHAIR = Person.ofPost("Chair");
  /** Named in the ACTION only; not recorded as attending. */
  static final Person OVERVIEW_AND_SCRUTINY_OFFICER =
      Person.ofPost("Overview and Scrutiny Officer");
  static final RecommendationSource REVIEW = RecommendationSource.builder()
      .kind(RecommendationSourceKind.SCRUTINY_REVIEW)
      .body(COMMISSION)
      .title("Delivering Public Services - Whole Place, Whole System Approach")
      .build();
  /** The draft Executive response, "to the review’s recommendations" (7.3), not yet decided. */
  static final RecommendationResponse DRAFT_EXECUTIVE_RESPONSE = RecommendationResponse.builder()
      .respondent(EXECUTIVE)
      .draft(true)
      .build();
  static final Person GEOFF_TAYLOR = Person.builder()
      .honorific("Councillor")
      .name("Geoff Taylor")
      .post("Cabinet Member Finance")
      .organisation(HACKNEY)
      .build();

  private Seed001HackneyExecutiveResponse() {}

  /** The minutes as a meeting with its one agenda item. */
  public static Meeting meeting() {
    return Meeting.builder()
        .zone(ZoneId.of("Europe/London")) // an English council: its times are UK local times
        .status(MeetingStatus.HELD) // minutes of it exist
        .authority(HACKNEY)
        .body(COMMISSION)
        .addAttendance(Attendance.of(CHAIR, AttendanceRole.CHAIR))
        .addAttendance(Attendance.of(GEOFF_TAYLOR, AttendanceRole.EXECUTIVE_MEMBER_IN_ATTENDANCE))
        .addAgendaItem(item())
        .build();
  }

  private static AgendaItem item() {
    return AgendaItem.builder()
        .title(TITLE)
        .kind(ItemKind.SCRUTINY_REVIEW)
        .addPresenter(GEOFF_TAYLOR)
        .addAllNarrative(numberedParagraphs())
        .addNarrative(questionsDiscussionsAndAnswers())
        .addRecommendation(recommendation1())
        .addRecommendation(pilotRecommendation())
        .addAction(liaiseWithTheChair())
        .outcome(ItemOutcome.CONSIDERED)
        .build();
  }

  // ---- paragraphs 7.1 to 7.9 ----

  private static List<Paragraph> numberedParagraphs() {
    return List.of(
        summary("7.1", "The Governance and Resources Scrutiny Commission embarked on a review to "
            + "look at total public spend in the Borough - covering statutory public sector "
            + "providers, voluntary sector and private sector – to consider how the Council and "
            + "local partners could reconfigure services to meet demand with less resources."),
        summary("7.2", "The report was intended to help the London Borough of Hackney deal with two "
            + "fundamental challenges: first, big cuts in public expenditure and second more complex "
            + "social challenges that require a very different approach from the council, other "
            + "public agencies and the wider community."),
        summary("7.3", "The Chair welcomed Councillor Geoff Taylor, Cabinet Member Finance from "
            + "London Borough of Hackney (LBH) to the meeting.  The Cabinet Member for Finance "
            + "provided a verbal update and outlined the draft Executive response to the review’s "
            + "recommendations.  The draft was circulated to members of the Commission."),
        statement("7.4", GEOFF_TAYLOR, "The Cabinet Member Finance stated he was aware the "
            + "principal point of this review was to look how agencies could work together to "
            + "reduce costs.  In the Executive response Hackney Council highlights the challenges "
            + "associated with implementation because of the way government agencies are "
            + "organised.  Phase 2 of the review provided an example of how government agencies "
            + "needed to work together in the future to deliver services that meet demand at a "
            + "reduced cost."),
        summary("7.5", "The introduction highlights the challenges to implementation of phase 1 of "
            + "the review and makes reference to what the Council is doing in relation to the "
            + "services reviewed in phase 2."),
        statement("7.6", GEOFF_TAYLOR, "The Cabinet Member explained there are a number of "
            + "initiatives that are happening across London.  All these initiatives are moving in "
            + "the direction of greater integration of services.  There is integration between "
            + "boroughs and integration between borough and government services.  The key concerns "
            + "are about commercialisation, identity and accountability."),
        statement("7.7", GEOFF_TAYLOR, "The Cabinet Member pointed out there is a role for the "
            + "Commission on the journey of change."),
        statement("7.8", GEOFF_TAYLOR, "The Cabinet Member congratulated the Commission on being "
            + "shortlisted for an award for this review."),
        summary("7.9", "The draft Executive response was as laid out and the Cabinet Members asked "
            + "members of the commission for comments in relation to the draft response."));
  }

  // ---- 7.10: discussion points (i) to (x) and the next steps ----

  private static Paragraph questionsDiscussionsAndAnswers() {
    return Paragraph.builder()
        .number("7.10")
        .kind(ParagraphKind.DISCUSSION)
        .text("Questions, Discussions and Answers")
        .addAllPoints(discussionPoints())
        .addPoint(nextSteps())
        .build();
  }

  private static List<Paragraph> discussionPoints() {
    return List.of(
        discussion("(i)", "Members commented the area of work from this review was hard to measure "
            + "but they wanted to see more measurable outcomes.  Members suggested instead of "
            + "coming back to review the progress of the recommendations in 6 months, they could "
            + "take 1 or 2 of the areas referred to in the response and track the progress of that "
            + "work.  It was suggested this would involve being part of the process as it "
            + "develops.  Suggested areas of work were scenario planning or the cross cutting "
            + "officer programme board."),
        discussion("(ii)", "Members commented the response is positive but very process "
            + "orientated.  It was highlighted that the response promises to follow the principles "
            + "but does not show how this will be implemented.  Members wanted assurance the "
            + "process outlined would not just be discussed but taken forward and implemented."),
        discussion("(iii)", "Members see this journey as a way to help upskill more widely across "
            + "the organisation including councillors."),
        discussion("(iv)", "Member commented they would like to monitor the progress of 1 or 2 "
            + "areas using the service redesign principles outlined in the review.  Highlighting it "
            + "was about having a dialogue throughout the process and the journey of change, not "
            + "monitoring the process."),
        discussion("(v)", "Members commented the paper showed a thrust for a broad agreement to the "
            + "principles but not how it will be achieved.  Members asked for the response to show "
            + "how they could keep watch over the process of change.  Using tangible areas where a "
            + "rich evaluation on the process can be carried out."),
        discussion("(vi)", "Members referred back to their recommendation about setting up a pilot "
            + "or participating in a programme initiative in an area.  Members pointed out the "
            + "response places a lot of emphasis on the work of the Ways into Work team - the "
            + "Commission acknowledges the work this team is doing.  Members pointed out the WiW "
            + "team operated at one end of the spectrum.  The review highlighted a need for further "
            + "support and coordination of the support to get people to the point where they are "
            + "ready to access the WiW support services."),
        discussion("(vii)", "Members discussed selecting a service area that could be a pilot for "
            + "the service redesign principles with a budget allocation.  Members suggested the "
            + "health transformation pilot because it would have access to the budget along with "
            + "the ability to integrate services.  Members pointed out this is an iterative and "
            + "evolving process with drivers for more local effective delivery."),
        discussion("(viii)", "Members discussed selecting employment support services as a "
            + "possible pilot area. But concern was expressed about the ability to get information "
            + "from the Department for Works and Pension (DWP) that would enable the initiative to "
            + "progress.  There was the view that having this as a pilot (as suggested in the "
            + "recommendations) would give the Council a live example to demonstrate the direction "
            + "of travel for these services in relation to devolution.  Showing that tackling the "
            + "issue further down the line collectively could produce positive outcomes.  Helping "
            + "to make the case to Government for the devolution of employment support services to "
            + "councils."),
        Paragraph.builder()
            .number("(ix)")
            .kind(ParagraphKind.STATEMENT)
            .addSpeaker(GEOFF_TAYLOR)
            .text("The Cabinet Member advised an officer steering group had a discussion about "
                + "applying for funding to carry out work with the more complex cases – people who "
                + "are further down the spectrum - to support them on their journey to improved "
                + "health and wellbeing and maybe into employment.  The Cabinet Member did not see "
                + "the suggestion for a pilot as very explicit in the report’s recommendations.  "
                + "The Cabinet Member pointed out taking this option would require repeated and "
                + "persistent requests to DWP to get their attention and involvement.")
            .build(),
        Paragraph.builder()
            .number("(x)")
            .kind(ParagraphKind.DISCUSSION)
            .addSpeaker(CHAIR)
            .text("The Chair suggested the Council’s funding request should be set in the context "
                + "of demonstrating examples where local authorities have led by innovation.  "
                + "Highlighting programmes that have used similar principles.  Members referred to "
                + "a programme initiative in Hackney Council which provided intensive support to "
                + "single parents to stop repeated cases of children being taken into care.")
            .build());
  }

  /** Numbered "(i)" again in the minutes, after "(x)". */
  private static Paragraph nextSteps() {
    return Paragraph.builder()
        .number("(i)")
        .kind(ParagraphKind.NEXT_STEPS)
        .addSpeaker(CHAIR)
        .text("The Chair summarised the next steps for this to be:")
        .addPoint(Paragraph.of("The Commission identifying three areas they could get involved "
            + "in.  The Commission suggested they could be involved in the first three points "
            + "outlined in rec 1 response box.  Promotion of the principles to the top three tiers "
            + "of the Council’s management - use of the principles to guide the work of the "
            + "organisation; the work of the cross cutting officer programme board and the scenario "
            + "planning work"))
        .addPoint(Paragraph.of("The set-up of a pilot that the Commission could have a dialogue "
            + "about, track the progress and review the evaluation."))
        .build();
  }

  private static Paragraph summary(String number, String text) {
    return Paragraph.builder().number(number).text(text).build();
  }

  private static Paragraph statement(String number, Party speaker, String text) {
    return Paragraph.builder()
        .number(number)
        .kind(ParagraphKind.STATEMENT)
        .addSpeaker(speaker)
        .text(text)
        .build();
  }

  private static Paragraph discussion(String number, String text) {
    return Paragraph.builder().number(number).kind(ParagraphKind.DISCUSSION).text(text).build();
  }

  // ---- the review's recommendations and the draft Executive response ----

  /**
   * The only recommendation the minutes identify by number ("rec 1 response box"); its words and
   * those of its response are not in the minutes. The response is a draft presented for comment,
   * with no decision on it yet.
   */
  private static Recommendation recommendation1() {
    return Recommendation.builder()
        .number("1")
        .source(REVIEW)
        .response(DRAFT_EXECUTIVE_RESPONSE)
        .build();
  }

  /**
   * (vi): "Members referred back to their recommendation about setting up a pilot or participating
   * in a programme initiative in an area." The minutes describe it without quoting it or giving
   * its number, so it has a {@link Recommendation#subject()} and no number or text; whether it is
   * part of recommendation 1 is not said. It is one of "the review’s recommendations" the draft
   * Executive response answers (7.3), and (vi) goes on to discuss what that response says.
   */
  private static Recommendation pilotRecommendation() {
    return Recommendation.builder()
        .source(REVIEW)
        .subject("about setting up a pilot or participating in a programme initiative in an area")
        .response(DRAFT_EXECUTIVE_RESPONSE)
        .build();
  }

  // ---- the ACTION ----

  private static Action liaiseWithTheChair() {
    return Action.builder()
        .kind(ActionKind.ACTION)
        .owner(GEOFF_TAYLOR)
        .addInvolving(CHAIR)
        .addInvolving(OVERVIEW_AND_SCRUTINY_OFFICER)
        .description("Cabinet Member Finance to liaise with the Chair and the Overview and Scrutiny "
            + "Officer to support amendments to the formal response and future work in relation to "
            + "the Executive response.")
        .build();
  }
}
