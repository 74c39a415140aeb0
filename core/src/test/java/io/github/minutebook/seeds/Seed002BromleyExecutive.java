package io.github.minutebook.seeds;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.agenda.PostMeetingNote;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.InterestAction;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ExistingContract;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.RecommendationSource;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import io.github.minutebook.recommendation.ResponseStatus;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Period;

/**
 * Seed 002 as a fixture: the minutes of the Executive of the London Borough of Bromley, 14
 * September 2016, minutes 69-89, built entirely with the public builders.
 *
 * <p>Every field that claims to quote the minutes (titles, narrative, resolution parts,
 * conditions, amounts as written, actions, citations, frameworks) quotes them exactly; {@link
 * Verbatim} checks it. Where the minutes state a figure without deciding on it (the £37k
 * contingency, the £1,259k total, the £100k budget of February 2016), the figure stays in the
 * narrative; where they state one as a contract's value only (minute 78's £220k a year), it is
 * the contract's value and not a funding allocation. The Part 2 awards (minutes 86 and 89) are
 * resolutions whose terms are withheld, recorded with what the public minutes say of them.
 */
public final class Seed002BromleyExecutive {
  /** The seed file this fixture is built from. */
  public static final String FILE = "002_22e691cfc6090c02.txt";

  // --- bodies ---------------------------------------------------------------------------------

  private static final Body BROMLEY = Body.builder()
      .name("London Borough of Bromley").abbreviation("L B Bromley").kind(BodyKind.AUTHORITY)
      .build();
  private static final Body EXECUTIVE = Body.of("Executive", BodyKind.EXECUTIVE);
  private static final Body COUNCIL = Body.of("Council", BodyKind.COUNCIL);
  private static final Body CONSTITUTION_IMPROVEMENT_WORKING_GROUP =
      Body.of("Constitution Improvement Working Group", BodyKind.WORKING_GROUP);
  private static final Body CARE_SERVICES_PDS =
      Body.of("Care Services PDS Committee", BodyKind.COMMITTEE);
  private static final Body EDUCATION_SELECT_COMMITTEE =
      Body.of("Education Select Committee", BodyKind.SELECT_COMMITTEE);
  private static final Body OFSTED = Body.of("Ofsted", BodyKind.INSPECTORATE);
  private static final Body BCCG = Body.builder()
      .name("Bromley Clinical Commissioning Group").abbreviation("BCCG").kind(BodyKind.HEALTH_BODY)
      .build();
  private static final Body BETTER_CARE_FUND = Body.of("Better Care Fund", BodyKind.FUND);
  private static final Body BROMLEY_HEALTHCARE = Body.named("Bromley Healthcare");
  private static final Body MOPAC = Body.builder()
      .name("Mayor's Office for Policing And Crime").abbreviation("MOPAC").kind(BodyKind.POLICE)
      .build();
  private static final Body ESPO = Body.of("ESPO", BodyKind.PURCHASING_ORGANISATION);
  private static final Body ADECCO = Body.of("Adecco", BodyKind.COMPANY);
  private static final Body JADU = Body.of("Jadu Ltd", BodyKind.COMPANY);
  private static final Body LIBERATA = Body.of("Liberata", BodyKind.COMPANY);
  private static final Body BLUE_SKY = Body.of("Blue Sky", BodyKind.COMPANY);
  private static final Body FM_CONWAY = Body.of("FM Conway Ltd", BodyKind.COMPANY);
  /**
   * "officers", whom parts 78(1), 78(2) and 81(2) ask to act: the authority's officers as a group,
   * named by no post. The model has no party for an unnamed group of officers; a body named as the
   * minutes write it is the nearest.
   */
  private static final Body OFFICERS = Body.named("officers");

  // --- people ---------------------------------------------------------------------------------

  private static final Person CARR = Person.councillor("Stephen Carr");
  private static final Person BENNETT = Person.builder()
      .honorific("Councillor").name("Nicholas Bennett").addPostNominal("J.P.").build();
  private static final Person FAWTHROP = Person.councillor("Simon Fawthrop");
  private static final Person DIRECTOR_OF_CORPORATE_SERVICES =
      Person.ofPost("Director of Corporate Services");
  private static final Person LEADER = Person.ofPost("Leader of the Council");
  private static final Person DEPUTY_LEADER = Person.ofPost("Deputy Leader");
  private static final Person PORTFOLIO_HOLDER_PUBLIC_PROTECTION =
      Person.ofPost("Portfolio Holder for Public Protection and Safety");
  private static final Person DIRECTOR_OF_FINANCE = Person.ofPost("Director of Finance");
  private static final Person RESOURCES_PORTFOLIO_HOLDER =
      Person.ofPost("Resources Portfolio Holder");

  // --- legislation ----------------------------------------------------------------------------

  private static final LegalBasis LOCAL_GOVERNMENT_ACT_1972 = LegalBasis.builder()
      .citation("LOCAL GOVERNMENT ACT 1972 AS AMENDED BY THE LOCAL GOVERNMENT (ACCESS TO "
          + "INFORMATION) (VARIATION) ORDER 2006")
      .instrument("Local Government Act 1972")
      .build();
  private static final LegalBasis FREEDOM_OF_INFORMATION_ACT_2000 = LegalBasis.builder()
      .citation("THE FREEDOM OF INFORMATION ACT 2000")
      .instrument("Freedom of Information Act 2000")
      .build();

  private static final LocalDate JULY_20 = LocalDate.of(2016, 7, 20);
  private static final LocalDate JULY_29 = LocalDate.of(2016, 7, 29);

  private Seed002BromleyExecutive() {}

  /** The whole meeting. */
  public static Meeting meeting() {
    return Meeting.builder()
        .authority(BROMLEY)
        .body(EXECUTIVE)
        .date(LocalDate.of(2016, 9, 14))
        .startTime(LocalTime.of(19, 0))
        .zone(ZoneId.of("Europe/London")) // an English council: its times are UK local times
        .adjournment(Adjournment.builder()
            .time(LocalTime.of(22, 12))
            .reason("so that further consideration could be given to item 8 of the agenda, "
                + "Commissioning Strategy for Primary and Secondary Intervention Services")
            .addItem("8")
            .build())
        .status(MeetingStatus.ADJOURNED)
        .addAttendance(Attendance.of(CARR, AttendanceRole.CHAIR))
        .addAttendance(member("Graham Arthur"))
        .addAttendance(member("Robert Evans"))
        .addAttendance(member("Peter Fortune"))
        .addAttendance(member("Kate Lymer"))
        .addAttendance(member("Peter Morgan"))
        .addAttendance(member("Colin Smith"))
        .addAttendance(Attendance.of(BENNETT, AttendanceRole.ALSO_PRESENT))
        .addAttendance(Attendance.of(FAWTHROP, AttendanceRole.ALSO_PRESENT))
        .addAttendance(Attendance.of(Person.councillor("Diane Smith"), AttendanceRole.ALSO_PRESENT))
        .addDeclaration(DeclarationOfInterest.builder()
            .person(DIRECTOR_OF_CORPORATE_SERVICES)
            .addItem("7")
            .addItem("17")
            .nature("by virtue of his wife being employed by one of the companies referred to in "
                + "the Part 2 report")
            .action(InterestAction.LEFT_THE_MEETING)
            .actionAsWritten("the Director left the meeting during discussion of the Part 1 and "
                + "Part 2 items")
            .build())
        .addAgendaItem(minute69())
        .addAgendaItem(minute70())
        .addAgendaItem(minute71())
        .addAgendaItem(minute72())
        .addAgendaItem(minute73())
        .addAgendaItem(minute74())
        .addAgendaItem(minute75())
        .addAgendaItem(minute76())
        .addAgendaItem(minute77())
        .addAgendaItem(minute78())
        .addAgendaItem(minute79())
        .addAgendaItem(minute80())
        .addAgendaItem(minute81())
        .addAgendaItem(minute82())
        .addAgendaItem(minute83())
        .addAgendaItem(minute84())
        .addAgendaItem(minute85())
        .addAgendaItem(minute86())
        .addAgendaItem(minute87())
        .addAgendaItem(minute88())
        .addAgendaItem(minute89())
        .build();
  }

  // --- Part 1 ---------------------------------------------------------------------------------

  private static AgendaItem minute69() {
    return item(69, "APOLOGIES FOR ABSENCE", ItemKind.APOLOGIES)
        .addNarrative(Paragraph.of("There were no apologies."))
        .outcome(ItemOutcome.NO_BUSINESS)
        .build();
  }

  private static AgendaItem minute70() {
    return item(70, "DECLARATIONS OF INTEREST", ItemKind.DECLARATIONS)
        .addNarrative(Paragraph.of("The Director of Corporate Services declared an interest in "
            + "items 7 and 17 (Part 1 and Part 2 reports – ‘Coppice/Spinney and The Glade – "
            + "Contract Award’) by virtue of his wife being employed by one of the companies "
            + "referred to in the Part 2 report. Accordingly, the Director left the meeting during "
            + "discussion of the Part 1 and Part 2 items."))
        .build();
  }

  private static AgendaItem minute71() {
    return item(71, "TO CONFIRM THE MINUTES OF THE MEETINGS HELD ON 20TH AND 29TH JULY 2016 "
        + "(EXCLUDING EXEMPT INFORMATION)", ItemKind.MINUTES)
        .addNarrative(Paragraph.of("Minutes of both meetings were agreed."))
        .addNarrative(Paragraph.builder()
            .kind(ParagraphKind.STATEMENT)
            .addSpeaker(DIRECTOR_OF_CORPORATE_SERVICES)
            .text("Concerning Minute 42 of the Minutes of the 20th July meeting, the Director of "
                + "Corporate Services confirmed to the Portfolio Holder for Care Services that "
                + "should the cap of 50,000 aircraft movements be breached by Biggin Hill Airport, "
                + "the Council can then suspend the Airport’s new operating hours (whilst a noise "
                + "action plan review takes place).")
            .build())
        .outcome(ItemOutcome.MINUTES_AGREED)
        .addMinuteReference(MinuteReference.builder()
            .meetingDate(JULY_20)
            .asWritten("MINUTES OF THE MEETINGS HELD ON 20TH AND 29TH JULY 2016")
            .build())
        .addMinuteReference(MinuteReference.builder()
            .meetingDate(JULY_29)
            .asWritten("MINUTES OF THE MEETINGS HELD ON 20TH AND 29TH JULY 2016")
            .build())
        .addMinuteReference(MinuteReference.builder()
            .meetingDate(JULY_20)
            .minuteNumber("42")
            .asWritten("Minute 42 of the Minutes of the 20th July meeting")
            .build())
        .build();
  }

  private static AgendaItem minute72() {
    return item(72, "QUESTIONS FROM MEMBERS OF THE PUBLIC ATTENDING THE MEETING",
        ItemKind.PUBLIC_QUESTIONS)
        .addNarrative(Paragraph.of("One question had been received for oral reply. Details of the "
            + "question, supplementary question, and replies are attached."))
        .addDocument(Document.of(DocumentKind.QUESTION_AND_REPLY,
            "Details of the question, supplementary question, and replies"))
        .outcome(ItemOutcome.CONSIDERED)
        .build();
  }

  private static AgendaItem minute73() {
    Condition subjectToTheExecutive = Condition.builder()
        .text("with any utilisation of the monies being subject to approval by the Executive "
            + "following an appropriate level of scrutiny")
        .kind(ConditionKind.SUBJECT_TO_APPROVAL)
        .approver(EXECUTIVE)
        .build();
    return item(73, "OFSTED INSPECTION OF CHILDREN'S SERVICES", ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CS17036"))
        .addDocument(Document.builder().kind(DocumentKind.APPENDIX)
            .title("The full Ofsted inspection report").date(LocalDate.of(2016, 6, 27)).build())
        .addDocument(Document.of(DocumentKind.ACTION_PLAN, "draft improvement action plan"))
        .addDocument(Document.of(DocumentKind.SUPPORTING_DOCUMENT, "The replacement table"))
        .addDocument(Document.of(DocumentKind.MINUTES,
            "Draft minutes of the Committee's consideration of the item"))
        .addNarrative(Paragraph.of("Ofsted inspected the Council's services for children in need "
            + "of help and protection and children looked after between 11th April and 5th May "
            + "2016. A linked inspection of the Bromley Safeguarding Children's Board (BSCB) also "
            + "took place at the same time. The full Ofsted inspection report, published on 27th "
            + "June 2016, was appended to Report CS17036. Although the Inspection had identified "
            + "some strengths across Children's Services, the Local Authority had received an "
            + "overall judgement of 'Inadequate' and the BSCB was rated with a judgement of "
            + "'Requires Improvement'."))
        .addNarrative(Paragraph.of("Report CS17036 summarised the inspection findings, immediate "
            + "actions taken to respond to the findings, and the Council's plans for further "
            + "improvement as set out in a draft improvement action plan for submission by 26th "
            + "September 2016 (also appended to the report). The report further outlined "
            + "potential funding requirements resulting from the draft improvement action plan "
            + "and sought relevant approvals."))
        .addNarrative(Paragraph.of("At the request of the Chairman of the Care Services PDS "
            + "Committee an additional column, \"Action Plan ID\", was added to the table at "
            + "Paragraph 6.3 of Report CS17036 to cross refer expenditure to the relevant "
            + "issue/area in the Draft Improvement Action Plan. The replacement table was "
            + "available for Members at the meeting and previously circulated."))
        .addNarrative(Paragraph.builder()
            .text("Following publication of the inspection report, the Secretary of State for "
                + "Education appointed a Commissioner for Children's Services in Bromley who was "
                + "expected to:")
            .addPoint(Paragraph.of("make recommendations for the immediate improvement of "
                + "children's social care and to recommend any additional support required to "
                + "deliver improvement;"))
            .addPoint(Paragraph.of("review the Council's leadership and management capacity and "
                + "capability to drive forward changes necessary to achieve the required "
                + "standard; and"))
            .addPoint(Paragraph.of("make a recommendation to the Secretary of State as to whether "
                + "alternative delivery arrangements are the most effective way of securing and "
                + "sustaining improvement and if so, to recommend the form the alternative "
                + "delivery arrangements should take."))
            .build())
        .addNarrative(Paragraph.of("The Commissioner would provide her report to the Secretary of "
            + "State by 30th September 2016."))
        .addNarrative(Paragraph.of("Report CS17036 and its appendices had been previously "
            + "considered by the Care Services PDS Committee at its meeting on 13th September "
            + "2016. Draft minutes of the Committee's consideration of the item were also tabled "
            + "for the Executive's information."))
        .addNarrative(Paragraph.builder()
            .kind(ParagraphKind.STATEMENT)
            .addSpeaker(LEADER)
            .text("In discussion the Leader thanked Members present at the Care Services PDS "
                + "meeting the previous evening for their comments on the item and prior "
                + "scrutiny. The Leader summarised points raised, linked to areas of improvement "
                + "needed. The draft Improvement Plan had been endorsed by the Children's Service "
                + "Improvement Governance (CSIG) Board and the Leader recommended its acceptance. "
                + "It was necessary to implement the Plan and monitor improvement. Professional "
                + "officers needed to be fully skilled as soon as possible and there was also a "
                + "need for improved scrutiny.")
            .build())
        .addNarrative(discussion("A Member suggested that external auditors could assist on "
            + "scrutiny."))
        .addNarrative(Paragraph.of("Significant work had already taken place on implementing and "
            + "completing actions from the Improvement Plan. An initial action plan to safeguard "
            + "children had also been implemented with details outlined to Members including: a "
            + "review of children and risk; an escalation of cases to care; an increase in the "
            + "number of children becoming protected and looked after (including increased court "
            + "work); and a general increase in the level of escalations. There were also legal "
            + "service improvements. Additionally, caseloads were being brought to recommended "
            + "levels. Quality from the service would increase over the next couple of years "
            + "along with a rise in the level of case audits month by month."))
        .addNarrative(discussion("On improving scrutiny, it was suggested that the Corporate "
            + "Parenting role of Members be emphasised. It was also suggested that scrutiny "
            + "training (highlighted in the Improvement Plan at ID 1.6 under Leadership and "
            + "Governance) might be an area for consideration as part of a PDS meeting. There "
            + "would also be training for new Members in 2018 following the local election. "
            + "Refresher training on scrutiny practice might be appropriate for PDS Committees. "
            + "Scrutiny training could also be discussed within the Groups. In view of Care "
            + "Services PDS having a key scrutiny role for Children's Services, a Member "
            + "suggested that the Committee effectively be re-constituted as two committees – "
            + "one for Children's Services and one for Adult Services."))
        .addNarrative(statement(LEADER, "In this regard, the Leader highlighted the role of the "
            + "CSIG Board."))
        .addNarrative(statement(PORTFOLIO_HOLDER_PUBLIC_PROTECTION, "On the need to work better "
            + "with partners, the Portfolio Holder for Public Protection and Safety outlined "
            + "co-operation with the Metropolitan Police including representation by the Deputy "
            + "Borough Commander and his role in heading a Sub-Group to help address Ofsted's "
            + "Recommendation 7, particularly in regard to eliminating gangs."))
        .addNarrative(statement(LEADER, "Concluding debate, the Leader highlighted his commitment "
            + "to finding resources for the Improvement Plan along with a process of scrutiny and "
            + "consultation with the new Director."))
        .addRecommendation(Recommendation.builder()
            .number("7")
            .source(RecommendationSource.builder()
                .kind(RecommendationSourceKind.INSPECTORATE).body(OFSTED).build())
            .build())
        .addMinuteReference(MinuteReference.builder()
            .body(CARE_SERVICES_PDS)
            .meetingDate(LocalDate.of(2016, 9, 13))
            .asWritten("the Care Services PDS Committee at its meeting on 13th September 2016")
            .build())
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(part("1", "the actions set out in the draft Children's Services Improvement "
                + "Plan to be submitted to Ofsted be agreed", PartEffect.APPROVE).build())
            .addPart(part("2", "the Constitution Improvement Working Group be requested to "
                + "support the Director of Corporate Services in developing and delivering any "
                + "necessary constitutional changes required by the Improvement action plan",
                PartEffect.REQUEST)
                .addressee(CONSTITUTION_IMPROVEMENT_WORKING_GROUP)
                .build())
            .addPart(part("3", "Council be recommended to approve funding for the posts included "
                + "in Phase One and Phase Two which have already been committed totalling £949k in "
                + "2016/17 with a full year effect of £1,471k as set out at paragraph 6.3 of Report "
                + "CS17036", PartEffect.RECOMMEND)
                .addressee(COUNCIL)
                .addFundingAllocation(FundingAllocation.builder()
                    .purpose("the posts included in Phase One and Phase Two which have already "
                        + "been committed")
                    .amount(gbp("949000", "£949k")
                        .basis(AmountBasis.IN_FINANCIAL_YEAR)
                        .financialYear(FinancialYear.parse("2016/17"))
                        .build())
                    .fullYearEffect(gbp("1471000", "£1,471k")
                        .basis(AmountBasis.FULL_YEAR_EFFECT)
                        .build())
                    .status(FundingStatus.RECOMMENDED)
                    .build())
                .build())
            .addPart(part("4", "Council agree to release up to a further £141k in 2016/17 and a "
                + "further £795k in a full year for Phase Three, with any utilisation of the "
                + "monies being subject to approval by the Executive following an appropriate "
                + "level of scrutiny", PartEffect.RECOMMEND)
                .addressee(COUNCIL)
                .addFundingAllocation(FundingAllocation.builder()
                    .purpose("Phase Three")
                    .amount(gbp("141000", "£141k")
                        .qualifier(AmountQualifier.UP_TO)
                        .basis(AmountBasis.IN_FINANCIAL_YEAR)
                        .financialYear(FinancialYear.parse("2016/17"))
                        .build())
                    .fullYearEffect(gbp("795000", "£795k")
                        .qualifier(AmountQualifier.UP_TO)
                        .basis(AmountBasis.FULL_YEAR_EFFECT)
                        .build())
                    .status(FundingStatus.SUBJECT_TO_FURTHER_APPROVAL)
                    .addCondition(subjectToTheExecutive)
                    .build())
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute74() {
    return item(74, "INTERMEDIATE CARE GATEWAY REVIEW", ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CS17027"))
        .addNarrative(Paragraph.of("Current contract arrangements with Bromley Healthcare for "
            + "Intermediate Care expire on 30th September 2017. The contract is held by Bromley "
            + "Clinical Commissioning Group (BCCG), with the Council contributing funding through "
            + "an agreement with BCCG under Section 75 of the NHS Act 2006."))
        .addNarrative(Paragraph.of("The Council's financial contribution to Intermediate Care had "
            + "been approved until 31st March 2017 and agreement was sought to extend the current "
            + "funding arrangements until 30th September 2017. It was then proposed to jointly "
            + "commission the service again with the CCG, including additional elements related "
            + "to reablement services."))
        .addNarrative(Paragraph.of("L B Bromley would make a financial contribution of up to "
            + "£1,259k per annum under the new contract through an agreement with BCCG under "
            + "section 75 of the NHS Act 2006. The CCG would lead on procuring the contract as one "
            + "lot within tendering of the CCG's Community Health Contract. L B Bromley officers "
            + "would jointly develop the service specification and participate in the tender "
            + "evaluation. A contract period of five years was proposed with an option to extend "
            + "for a further two years."))
        .addNarrative(Paragraph.of("The contract would be managed by the CCG with monitoring "
            + "requirements linked to outcome measures in the service specification. There would "
            + "also be a reporting line into Council commissioners."))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(part("1", "continuation of L B Bromley's current funding arrangements for the "
                + "intermediate care contract from 1st April to 30th September 2017 (six month "
                + "pro-rata amounts) be agreed at a cost of £535,500 in 2017/18 of which £150k "
                + "would be recharged to the Better Care Fund", PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocation(FundingAllocation.builder()
                    .status(FundingStatus.APPROVED) // the part is resolved, not recommended
                    .purpose("continuation of L B Bromley's current funding arrangements for the "
                        + "intermediate care contract")
                    .amount(gbp("535500", "£535,500")
                        .basis(AmountBasis.PRO_RATA)
                        .financialYear(FinancialYear.parse("2017/18"))
                        .period(DateRange.builder()
                            .start(LocalDate.of(2017, 4, 1))
                            .end(LocalDate.of(2017, 9, 30))
                            .asWritten("1st April to 30th September 2017")
                            .build())
                        .build())
                    .addRecharge(Recharge.of(gbp("150000", "£150k").build(), BETTER_CARE_FUND))
                    .partner(BCCG)
                    .legalBasis(section75("Section 75 of the NHS Act 2006"))
                    .build())
                .build())
            .addPart(part("2", "the intermediate care service be jointly tendered with the CCG "
                + "with a new contract commencing on 1st October 2017",
                PartEffect.AUTHORISE_PROCUREMENT)
                .addContractAward(ContractAward.builder()
                    .subject("intermediate care service")
                    .stage(ContractStage.APPROVAL_TO_PROCURE)
                    .methodAsWritten("jointly tendered with the CCG")
                    .contractingAuthority(BCCG)
                    .leadBody(BCCG)
                    .addJointWith(BCCG)
                    .lot("one lot within tendering of the CCG's Community Health Contract")
                    .term(ContractTerm.builder()
                        .start(LocalDate.of(2017, 10, 1))
                        .duration(Period.ofYears(5))
                        .addExtensionOption(Period.ofYears(2))
                        .asWritten("A contract period of five years was proposed with an option "
                            + "to extend for a further two years")
                        .build())
                    .existingContract(ExistingContract.builder()
                        .description("Intermediate Care")
                        .supplier(BROMLEY_HEALTHCARE)
                        .heldBy(BCCG)
                        .expires(LocalDate.of(2017, 9, 30))
                        .build())
                    .build())
                .build())
            .addPart(part("3", "a maximum of £1,071k per annum (of which £150k p.a. would be "
                + "recharged to the Better Care Fund), plus the cost of six FTE care worker posts "
                + "(£188k p.a.), be contributed to the intermediate care service from October 2017",
                PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocation(FundingAllocation.builder()
                    .status(FundingStatus.APPROVED) // the part is resolved, not recommended
                    .purpose("contribution to the intermediate care service from October 2017")
                    .amount(gbp("1071000", "£1,071k")
                        .qualifier(AmountQualifier.UP_TO)
                        .basis(AmountBasis.PER_ANNUM)
                        .period(DateRange.builder()
                            .start(LocalDate.of(2017, 10, 1))
                            .asWritten("from October 2017")
                            .build())
                        .build())
                    .addRecharge(Recharge.of(
                        gbp("150000", "£150k p.a.").basis(AmountBasis.PER_ANNUM).build(),
                        BETTER_CARE_FUND))
                    .addComponent(FundingComponent.builder()
                        .description("six FTE care worker posts")
                        .amount(gbp("188000", "£188k p.a.").basis(AmountBasis.PER_ANNUM).build())
                        .relation(ComponentRelation.ADDITIONAL)
                        .build())
                    .partner(BCCG)
                    .legalBasis(section75("section 75 of the NHS Act 2006"))
                    .build())
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute75() {
    return item(75, "COPPICE/SPINNEY & THE GLADE - CONTRACT AWARD", ItemKind.REPORT_FOR_DECISION)
        .agendaNumber("7")
        .addReportReference(ReportReference.of("CS17030a"))
        .addLink(ItemLink.of("m86", LinkRelation.EXEMPT_COUNTERPART))
        .addMinuteReference(MinuteReference.builder()
            .meetingDate(LocalDate.of(2015, 12, 2))
            .asWritten("considered by the Executive on 2nd December 2015")
            .build())
        .addNarrative(Paragraph.of("A Gateway Report was considered by the Executive on 2nd "
            + "December 2015 outlining the current provision of supported living services for "
            + "eleven people with significant disabilities living in two properties. The services "
            + "were projected to be required for future service users to prevent a move to "
            + "expensive residential care."))
        .addNarrative(Paragraph.of("Report CS17030a outlined the process of tendering for the "
            + "learning disability supported living schemes at the Coppice/Spinney and The Glade, "
            + "the tender submissions being evaluated on a 60% price/ 40% quality split."))
        .addNarrative(Paragraph.of("Report CS17030b considered under Part 2 proceedings of the "
            + "meeting outlined the result of the evaluation process."))
        .outcome(ItemOutcome.NOTED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that")
            .addPart(ResolutionPart.builder()
                .text("the summary be noted").effect(PartEffect.NOTE).build())
            .build())
        .build();
  }

  private static AgendaItem minute76() {
    return item(76, "COMMISSIONING STRATEGY FOR PRIMARY AND SECONDARY INTERVENTION SERVICES",
        ItemKind.REPORT_FOR_DECISION)
        .agendaNumber("8")
        .addReportReference(ReportReference.of("CS17033"))
        .addNarrative(Paragraph.of("Commissioners at L B Bromley and Bromley Clinical "
            + "Commissioning Group (BCCG) had jointly worked on a commissioning strategy for the "
            + "future provision of Primary and Secondary Intervention Services, setting out a "
            + "framework for designing a set of Third Sector services to support people maintain "
            + "independence and delay/prevent the need for high cost care and early admission to "
            + "care homes and/or hospital."))
        .addNarrative(Paragraph.of("Approval was sought to develop a Primary and Secondary "
            + "Intervention Fund work-stream within the Better Care Fund and existing strategic "
            + "partner funding, and to procure services (including carer support services) "
            + "against eight categories outlined in Report CS17033, using a new model from April "
            + "2017."))
        .addNarrative(discussion("Having looked at the proposals, Members preferred to have more "
            + "time to consider the report."))
        .outcome(ItemOutcome.DEFERRED)
        .outcomeReason("Members preferred to have more time to consider the report")
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that")
            .addPart(ResolutionPart.builder()
                .text("the item be considered further at a later date")
                .effect(PartEffect.DEFER)
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute77() {
    Person bennettAsChairman = BENNETT.withPost("Chairman of the Education Select Committee");
    return item(77, "FIRST REPORT OF THE EDUCATION SELECT COMMITTEE 2016/17 - THE EDUCATION "
        + "LANDSCAPE IN BROMLEY", ItemKind.SCRUTINY_REVIEW)
        .addReportReference(ReportReference.of("CSD16123"))
        .addNarrative(Paragraph.of("Members considered recommendations from the Education Select "
            + "Committee's inquiry into \"The Education Landscape in Bromley\" and the Council's "
            + "future education role upon all maintained schools becoming academies."))
        .addNarrative(Paragraph.of("Report CSD16123 also outlined responses to the "
            + "recommendations from the Education Portfolio Holder and Director."))
        .addNarrative(statement(LEADER, "Concerning Recommendation 2.1 ('That the leader of the "
            + "Council considers realigning Portfolio Responsibilities to create a Children and "
            + "Family Portfolio including Youth Offending and Housing'), the Leader reported that "
            + "he had discussed the matter with the Chief Executive and would consult with the "
            + "new Director."))
        .addNarrative(statement(bennettAsChairman, "Given pupil numbers coming through Primary "
            + "Schools in the borough, Cllr Bennett (Chairman of the Education Select Committee) "
            + "highlighted a need for sufficient secondary school capacity in the Draft Local "
            + "Plan. Although relevant land could be released if needed, a considerable length of "
            + "time remained before any new school could be established."))
        .addNarrative(statement(DEPUTY_LEADER, "Supporting Cllr Bennett's concern, the Deputy "
            + "Leader suggested that before looking to build a new school(s), the size of existing "
            + "schools might need to be reviewed for any potential to expand; if necessary, the "
            + "Deputy Leader would support an existing secondary school being expanded on Green "
            + "Belt land."))
        .addRecommendation(Recommendation.builder()
            .number("2.1")
            .source(RecommendationSource.builder()
                .kind(RecommendationSourceKind.SELECT_COMMITTEE)
                .body(EDUCATION_SELECT_COMMITTEE)
                .title("The Education Landscape in Bromley")
                .report(ReportReference.of("CSD16123"))
                .build())
            .addressee(LEADER)
            .text("That the leader of the Council considers realigning Portfolio Responsibilities "
                + "to create a Children and Family Portfolio including Youth Offending and Housing")
            .response(RecommendationResponse.builder()
                .status(ResponseStatus.UNDER_CONSIDERATION)
                .respondent(LEADER)
                .text("he had discussed the matter with the Chief Executive and would consult "
                    + "with the new Director")
                .build())
            .build())
        .addAction(Action.builder()
            .kind(ActionKind.UNDERTAKING)
            .owner(LEADER)
            .description("consult with the new Director")
            .build())
        .outcome(ItemOutcome.NOTED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that")
            .addPart(ResolutionPart.builder()
                .text("the relevant recommendations in the Select Committee's report be noted")
                .effect(PartEffect.NOTE)
                .build())
            .build())
        .build();
  }

  /**
   * Part (1) authorises the market test at the £220k a year the minutes state as the contract's
   * estimated value; its dependency on MOPAC is kept as the contract's conditions, in the minutes'
   * words ("dependent upon annual MOPAC funding"; "A contract would not be awarded until funding
   * had been confirmed"). No part commits, releases or recommends money, so the minute makes no
   * funding allocation. Part (2) asks officers to apply to MOPAC; the minutes give no amount for
   * the application, and the model has no field for an application's funder and period ("April
   * 2017 to March 2020"), which stay in the part's words.
   */
  private static AgendaItem minute78() {
    return item(78, "GATEWAY REVIEW REPORT - DOMESTIC VIOLENCE AGAINST WOMEN AND GIRLS SERVICES",
        ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CS 17029r"))
        .addNarrative(Paragraph.of("Current contracts for services to reduce Domestic Violence "
            + "(DV) and Violence Against Women and Girls (VAWG) in L B Bromley expire on 31st "
            + "March 2017. Report CS 17029r outlined proposed commissioning arrangements and aims "
            + "for future provision of the services which are dependent upon the success of bids "
            + "to The Mayor's Office for Policing And Crime (MOPAC)."))
        .addNarrative(Paragraph.of("A VAWG Strategy 2016-2019 had been prepared for ratification "
            + "by the Safer Bromley Partnership Strategic Group. L B Bromley had a long history of "
            + "commitment to tackling domestic abuse recently agreeing domestic violence/abuse as "
            + "one of four key priority areas in the Safer Bromley Partnership Strategic "
            + "Assessment Report 2016-2019."))
        .addNarrative(Paragraph.of("As a contracted service for 2017-20 was dependent upon annual "
            + "MOPAC funding, a 1 year +1+1 contract was proposed over a 3 year period. Such break "
            + "clauses would provide flexibility to procure the service differently in future as "
            + "necessary and the level of service could match funding received."))
        .addNarrative(Paragraph.of("Procuring one organisation to provide the total service (by "
            + "either forming a consortium with other providers or undertaking delivery of all "
            + "services) meant the service provider taking responsibility for all data collection. "
            + "Contract and performance monitoring of consortium providers would also be "
            + "streamlined; currently the Council had five separate contracts from three service "
            + "providers."))
        .addNarrative(Paragraph.of("It was intended to apply for MOPAC funding in "
            + "September/October 2016 with funding decisions expected between December 2016 and "
            + "March 2017. A contract would not be awarded until funding had been confirmed."))
        .addNarrative(statement(PORTFOLIO_HOLDER_PUBLIC_PROTECTION, "Supporting the report's "
            + "recommendations, the Portfolio Holder for Public Protection and Safety highlighted "
            + "the proposed single contract and streamlining of services. Following a recent "
            + "London Councils meeting, there was confidence of funding for L B Bromley similar to "
            + "the previous level with award confirmation expected earlier in October 2016."))
        .addNarrative(discussion("Members supported the service and educating children earlier on "
            + "the need to respect others was suggested. Members were advised that young people "
            + "were taught about healthy relationships so that abusive relationships can be "
            + "prevented early so providing a number of benefits. A co-ordinated approach was "
            + "taken in looking to protect children at risk from domestic violence - intervention "
            + "having been developed on front line support involving a multi-agency hub. It was "
            + "proposed to continue support for front line work and to work with children's "
            + "services."))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(part("1", "officers market test the Domestic Violence and Violence Against "
                + "Women and Girls Services, beginning a formal procurement process offering the "
                + "service as a single contract from 1st April 2017, for an estimated total value "
                + "of £220k per annum to March 2020", PartEffect.AUTHORISE_PROCUREMENT)
                .addressee(OFFICERS)
                .addContractAward(ContractAward.builder()
                    .subject("Domestic Violence and Violence Against Women and Girls Services")
                    .stage(ContractStage.MARKET_TEST)
                    .methodAsWritten("formal procurement process")
                    .addValues(gbp("220000", "£220k")
                        .qualifier(AmountQualifier.ESTIMATED)
                        .basis(AmountBasis.PER_ANNUM)
                        .period(DateRange.builder()
                            .end(LocalDate.of(2020, 3, 31))
                            .asWritten("to March 2020")
                            .build())
                        .build())
                    .term(ContractTerm.builder()
                        .start(LocalDate.of(2017, 4, 1))
                        .duration(Period.ofYears(1))
                        .addExtensionOption(Period.ofYears(1))
                        .addExtensionOption(Period.ofYears(1))
                        .maximumEnd(LocalDate.of(2020, 3, 31))
                        .asWritten("a 1 year +1+1 contract")
                        .build())
                    .addCondition(Condition.builder()
                        .text("A contract would not be awarded until funding had been confirmed")
                        .kind(ConditionKind.SUBJECT_TO_FUNDING)
                        .approver(MOPAC)
                        .build())
                    .addCondition(Condition.builder()
                        .text("dependent upon annual MOPAC funding")
                        .kind(ConditionKind.SUBJECT_TO_FUNDING)
                        .approver(MOPAC)
                        .build())
                    .existingContract(ExistingContract.builder()
                        .description("services to reduce Domestic Violence (DV) and Violence "
                            + "Against Women and Girls (VAWG) in L B Bromley")
                        .expires(LocalDate.of(2017, 3, 31))
                        .build())
                    .build())
                .build())
            .addPart(part("2", "officers submit an application to MOPAC for funding the service "
                + "covering the period April 2017 to March 2020", PartEffect.REQUEST)
                .addressee(OFFICERS)
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute79() {
    return item(79, "GOVERNMENT'S FOUR YEAR FUNDING OFFER", ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("FSD16061"))
        .addNarrative(Paragraph.of("Approval was sought to accept the 'Four year funding offer' "
            + "announced by the Secretary of State for Communities and Local Government as part "
            + "of the Local Government Finance Settlement 2016."))
        .addNarrative(Paragraph.of("Although the offer provided a minimum funding level it did "
            + "offer more certainty on future resources. Nevertheless, the Council would continue "
            + "to lobby for a fairer funding level for L B Bromley and its residents."))
        .addNarrative(Paragraph.of("In accepting the offer, an Efficiency Plan needed to be "
            + "published by 14th October 2016. For the Efficiency Plan submission it was proposed "
            + "to include Report FSD16061 with links to the Medium Term Financial Strategy "
            + "reports."))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that Council be recommended to:")
            .recommendedTo(COUNCIL)
            .addPart(part("1", "accept the four year funding offer for the period 2016/17 to "
                + "2019/20", PartEffect.APPROVE).build())
            .addPart(part("2", "subject to approval of (1) above, agree that if further changes "
                + "are required to the Efficiency Plan (see paragraph 3.4.5 of Report FSD16061), "
                + "the amendments will be undertaken by the Director of Finance with the agreement "
                + "of the Leader of the Council and the Resources Portfolio Holder",
                PartEffect.DELEGATE)
                .delegation(Delegation.builder()
                    .delegate(DIRECTOR_OF_FINANCE)
                    .addWithAgreementOf(LEADER)
                    .addWithAgreementOf(RESOURCES_PORTFOLIO_HOLDER)
                    .scope("if further changes are required to the Efficiency Plan (see "
                        + "paragraph 3.4.5 of Report FSD16061)")
                    .build())
                .addCondition(Condition.builder()
                    .text("subject to approval of (1) above")
                    .kind(ConditionKind.SUBJECT_TO_OTHER_PART)
                    .addDependsOnPart("1")
                    .build())
                .build())
            .build())
        .build();
  }

  /**
   * The current contract "was secured through a Framework (EPSO)"; the next paragraph says "The
   * ESPO Framework" and the resolution "continue to use the London-wide Framework". The existing
   * contract's framework keeps the name as the minutes wrote it there, with no provider: that
   * "EPSO" is ESPO, and that both are the London-wide Framework, is likely but not written.
   */
  private static AgendaItem minute80() {
    Person fawthropAsChairman =
        FAWTHROP.withPost("Chairman of the Executive and Resources PDS Committee");
    return item(80, "GATEWAY REPORT ON THE AGENCY STAFF CONTRACT AND REVIEW OF FUTURE OPTIONS",
        ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CEO1626"))
        .addNarrative(Paragraph.of("Members considered a Gateway Review on Agency Staff Provision "
            + "and options available for a future contract, the current contract with Adecco - "
            + "the Council's Managed Service Provider - expiring on 23rd April 2017. The current "
            + "contract was secured through a Framework (EPSO) providing best value for money."))
        .addNarrative(Paragraph.of("A single provider managing the service meant that L B "
            + "Bromley had a clear picture of its establishment, the agencies in use, and costs "
            + "involved. The ESPO Framework also provided more favourable rates compared with "
            + "other frameworks; joining other London boroughs increased volumes through a "
            + "contract so making it more attractive to suppliers."))
        .addNarrative(Paragraph.of("The ESPO arrangement was considered to be the best in class "
            + "solution for such services and was supported by the Society of London Treasurers "
            + "and the London Heads of Procurement and HR."))
        .addNarrative(Paragraph.builder()
            .kind(ParagraphKind.QUESTION)
            .addSpeaker(fawthropAsChairman)
            .text("Cllr Simon Fawthrop (Chairman of the Executive and Resources PDS Committee) "
                + "asked to see information on estimated savings from the existing contract.")
            .build())
        .addNarrative(discussion("It was difficult to quantify savings given a number of "
            + "variables but best efforts were made to drive down prices and some agency "
            + "'mark-up' rates had reduced."))
        .addNarrative(statement(LEADER, "The Leader highlighted the need for permanent staff "
            + "employment particularly in social services."))
        .addNarrative(discussion("It was understood that agency care workers are paid at or above "
            + "the minimum wage in accordance with Agency Worker Regulations. Although the "
            + "Council's use of use of agency staff had increased, L B Bromley spent relatively "
            + "low amounts on agency staff compared to a number of other London Boroughs. There "
            + "were currently some 444 agency workers employed across Council Departments with "
            + "about 85 employed on administrative/clerical duties and about 65 in social care."))
        .addNarrative(discussion("Given costs applied to the Council for using agency workers, it "
            + "was suggested that young people in the borough might value the opportunity of "
            + "working for the Council on short term contracts e.g. 12 months. Consideration was "
            + "also suggested on whether the Council might establish its own 'arm's length' "
            + "employment agency."))
        .addNarrative(discussion("Although there was a commitment to employ young people in the "
            + "borough, and Managers were encouraged to employ directly, there were however "
            + "employment rights and TUPE related liabilities on direct employment, irrespective "
            + "of the length of employment particularly in respect of TUPE. By using agency staff "
            + "in certain situations the employment related risks were borne by the agency and "
            + "not the Council thereby minimising risk to the Council. Depending on length of "
            + "assignment and other factors, it was acknowledged that the use of Adecco to supply "
            + "administrative staff could be a reduced cost option; however, with the labour "
            + "market determining pay rates, certain categories of professional agency staff "
            + "such as social workers came with a premium."))
        .addNarrative(discussion("In regard to apprenticeships, the 2017 Public Sector "
            + "Apprenticeship scheme would apply next year and the Council would need to set "
            + "aside resources for this. Apprentices also had employment rights, including the "
            + "right of not being made redundant so they could complete their training "
            + "programme."))
        .addAction(Action.builder()
            .kind(ActionKind.INFORMATION_TO_CIRCULATE)
            .description("information on estimated savings from the existing contract")
            .build())
        .addPostMeetingNote(PostMeetingNote.builder()
            .author("Democratic Services")
            .date(LocalDate.of(2016, 9, 15))
            .text("information was circulated to Executive Members on 15th September 2016, and "
                + "copied to Cllr Fawthrop, covering: the number of active agency assignments by "
                + "job types; agency spend 2015/16 compared to other London Boroughs; and agency "
                + "costs from 2013/14")
            .build())
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(part("1", "L B Bromley continue to use the London-wide Framework for the "
                + "future provision of agency staff", PartEffect.APPROVE).build())
            .addPart(part("2", "Option 1 (Lot 2 Managed Service Provider for which Adecco is the "
                + "preferred supplier) be agreed", PartEffect.APPROVE)
                .addContractAward(ContractAward.builder()
                    .subject("future provision of agency staff")
                    .stage(ContractStage.CALL_OFF)
                    .framework(Framework.builder()
                        .name("London-wide Framework")
                        .provider(ESPO)
                        .lot("Lot 2 Managed Service Provider")
                        .build())
                    .addSupplier(ADECCO)
                    .existingContract(ExistingContract.builder()
                        .description("Managed Service Provider")
                        .supplier(ADECCO)
                        .framework(Framework.builder().name("Framework (EPSO)").build())
                        .expires(LocalDate.of(2017, 4, 23))
                        .build())
                    .build())
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute81() {
    return item(81, "UPGRADE OF WEBSITE", ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CSD16111"))
        .addMinuteReference(MinuteReference.builder()
            .asWritten("In February 2016 Executive approved a capital budget of £100k")
            .build())
        .addNarrative(Paragraph.of("In February 2016 Executive approved a capital budget of £100k "
            + "to review and scope long term requirements of the Web and Customer Relationship "
            + "Management (CRM) systems."))
        .addNarrative(Paragraph.of("Options had been reviewed and further work was necessary to "
            + "review longer term requirements and alternatives for the CRM system. From the "
            + "original capital budget, £50k had been set aside for this work and a further "
            + "report would be brought to Members on conclusion of the work."))
        .addNarrative(Paragraph.of("In the meantime, upgrading the Web content management system "
            + "as quickly as possible to Jadu Continuum was now the preferred solution. It was "
            + "also recommended that Liberata be commissioned to upgrade components to the "
            + "MyBromley Account web portal and to provide staff resource to transition to the "
            + "new Web system so avoiding service interruption. This would be additional work "
            + "under Liberata's existing contract and scoping/design work, project management, "
            + "and alterations to the MyBromley Account were estimated to cost £116k."))
        .addNarrative(Paragraph.of("Jadu held a strong market position as providers of web "
            + "systems and appeared significantly cheaper than alternative products. Moving to a "
            + "different web system provider would significantly increase costs, particularly "
            + "around the MyBromley account integrations. Transition was anticipated to take a "
            + "minimum of eighteen months, with no impact on service delivery through the current "
            + "web customer interface. This was an upgrade to an existing licence which only Jadu "
            + "could perform. As such, it was recommended that Jadu be commissioned to upgrade the "
            + "web content management system as a negotiated single tender, at an estimated cost "
            + "of £53k."))
        .addNarrative(Paragraph.of("At an estimated cost of £20K, and as a further negotiated "
            + "single tender, it was recommended that Blue Sky be commissioned to set up and host "
            + "a temporary pre-production environment, and to carry out essential security "
            + "testing on the new system to ensure compliance with data security before moving to "
            + "a live environment. Blue Sky provided hosting services for the current website for "
            + "which the temporary environment would be a separate extension. As such the work "
            + "could only be provided by Blue Sky."))
        .addNarrative(Paragraph.of("Additionally, a sum of £37k had been set aside as a "
            + "contingency budget for unforeseen costs that might arise from the one-off capital "
            + "costs."))
        .addAction(Action.builder()
            .kind(ActionKind.FUTURE_REPORT)
            .description("a further report would be brought to Members on conclusion of the work")
            .dueWhen("on conclusion of the work")
            .build())
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(part("1", "a sum of £176K be included in the latest Capital Programme for the "
                + "upgrade of the Web content management system, as set out at section 3 of "
                + "Report CSD16111, to be funded from capital receipts",
                PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocation(FundingAllocation.builder()
                    .status(FundingStatus.APPROVED) // the part is resolved, not recommended
                    .purpose("upgrade of the Web content management system")
                    .amount(gbp("176000", "£176K").basis(AmountBasis.ONE_OFF).build())
                    .spendType(SpendType.CAPITAL)
                    .addFundingSource(FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS))
                    .build())
                .build())
            .addPart(part("2", "officers proceed to commission Jadu Ltd to upgrade the Web content "
                + "management system as a negotiated single tender at an estimated cost of £53k",
                PartEffect.AWARD_CONTRACT)
                .addressee(OFFICERS)
                .addContractAward(ContractAward.builder()
                    .subject("upgrade of the Web content management system to Jadu Continuum")
                    .stage(ContractStage.DIRECT_AWARD)
                    .procurementMethod(ProcurementMethod.DIRECT)
                    .methodAsWritten("negotiated single tender")
                    .methodRationale("an upgrade to an existing licence which only Jadu could "
                        + "perform")
                    .addSupplier(JADU)
                    .addValues(gbp("53000", "£53k").qualifier(AmountQualifier.ESTIMATED).build())
                    .build())
                .build())
            .addPart(part("3", "as additional work associated with their existing contract, and at "
                + "an estimated cost of £116k, Liberata be commissioned to upgrade the components "
                + "of the MyBromley Account web portal and to provide staff resource to transition "
                + "to the new system so avoiding service interruption", PartEffect.AWARD_CONTRACT)
                .addContractAward(ContractAward.builder()
                    .subject("upgrade the components of the MyBromley Account web portal and "
                        + "provide staff resource to transition to the new system")
                    .stage(ContractStage.VARIATION)
                    .methodAsWritten("as additional work associated with their existing contract")
                    .addSupplier(LIBERATA)
                    .addValues(gbp("116000", "£116k").qualifier(AmountQualifier.ESTIMATED).build())
                    .existingContract(ExistingContract.builder().supplier(LIBERATA).build())
                    .build())
                .build())
            .addPart(part("4", "as a negotiated single tender at an estimated cost of £20k, Blue "
                + "Sky be commissioned to provide a temporary environment to enable the upgrade "
                + "process", PartEffect.AWARD_CONTRACT)
                .addContractAward(ContractAward.builder()
                    .subject("a temporary environment to enable the upgrade process")
                    .stage(ContractStage.DIRECT_AWARD)
                    .procurementMethod(ProcurementMethod.DIRECT)
                    .methodAsWritten("negotiated single tender")
                    .methodRationale("Blue Sky provided hosting services for the current website "
                        + "for which the temporary environment would be a separate extension. As "
                        + "such the work could only be provided by Blue Sky.")
                    .addSupplier(BLUE_SKY)
                    .addValues(gbp("20000", "£20k").qualifier(AmountQualifier.ESTIMATED).build())
                    .build())
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute82() {
    return item(82, "BETTS PARK CANAL BANK STABILISATION PROJECT", ItemKind.REPORT_FOR_DECISION)
        .urgent(true)
        .urgencyReason("so that works can be undertaken as soon as possible to stabilise the bank "
            + "of the Betts Park Canal")
        .addReportReference(ReportReference.of("ES16053"))
        .addNarrative(Paragraph.of("This item was added to the agenda of the meeting on grounds of "
            + "urgency so that works can be undertaken as soon as possible to stabilise the bank "
            + "of the Betts Park Canal."))
        .addNarrative(Paragraph.of("The bank (approx. 160 feet) in the north eastern section of "
            + "the canal had moved significantly in the last six months and residents "
            + "neighbouring the bank had recently experienced problems with movement in gardens "
            + "and in one case movement within a property."))
        .addNarrative(Paragraph.of("A schedule of works with indicative costs was provided to "
            + "repair the failed retaining wall and reduce the risk of the bank moving further. "
            + "The project was to be procured and delivered using highway contract rates from "
            + "the current highway maintenance provider, FM Conway Ltd. The cost of repair work "
            + "was estimated at £136k to be funded from capital receipts."))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that")
            .addPart(ResolutionPart.builder()
                .text("the Betts Park Canal bank be stabilised at a cost of £136k, funded from "
                    + "capital receipts, and the scheme be added to the capital programme")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocation(FundingAllocation.builder()
                    .status(FundingStatus.APPROVED) // the part is resolved, not recommended
                    .purpose("stabilisation of the Betts Park Canal bank")
                    .amount(gbp("136000", "£136k").build())
                    .spendType(SpendType.CAPITAL)
                    .addFundingSource(FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS))
                    .build())
                .addContractAward(ContractAward.builder()
                    .subject("repair of the failed retaining wall of the Betts Park Canal bank")
                    .stage(ContractStage.USE_OF_EXISTING_CONTRACT)
                    .methodAsWritten("using highway contract rates from the current highway "
                        + "maintenance provider")
                    .addSupplier(FM_CONWAY)
                    .addValues(gbp("136000", "£136k").qualifier(AmountQualifier.ESTIMATED).build())
                    .existingContract(ExistingContract.builder()
                        .description("highway maintenance")
                        .supplier(FM_CONWAY)
                        .build())
                    .build())
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute83() {
    return item(83, "CONSIDERATION OF ANY OTHER ISSUES REFERRED FROM THE EXECUTIVE AND RESOURCES "
        + "POLICY DEVELOPMENT AND SCRUTINY COMMITTEE", ItemKind.REFERRALS)
        .addNarrative(Paragraph.of("There were no additional issues to be reported from the "
            + "Executive and Resources PDS Committee."))
        .outcome(ItemOutcome.NO_BUSINESS)
        .build();
  }

  private static AgendaItem minute84() {
    return item(84, "LOCAL GOVERNMENT ACT 1972 AS AMENDED BY THE LOCAL GOVERNMENT (ACCESS TO "
        + "INFORMATION) (VARIATION) ORDER 2006 AND THE FREEDOM OF INFORMATION ACT 2000",
        ItemKind.EXCLUSION_OF_PRESS_AND_PUBLIC)
        .build();
  }

  // --- Part 2 (exempt) ------------------------------------------------------------------------

  private static AgendaItem minute85() {
    return exempt(85, "EXEMPT MINUTES OF THE MEETINGS HELD ON 20TH AND 29TH JULY 2016",
        ItemKind.MINUTES)
        .addNarrative(Paragraph.of("The exempt minutes for both meetings were agreed."))
        .addMinuteReference(MinuteReference.builder()
            .meetingDate(JULY_20).exempt(true)
            .asWritten("EXEMPT MINUTES OF THE MEETINGS HELD ON 20TH AND 29TH JULY 2016")
            .build())
        .addMinuteReference(MinuteReference.builder()
            .meetingDate(JULY_29).exempt(true)
            .asWritten("EXEMPT MINUTES OF THE MEETINGS HELD ON 20TH AND 29TH JULY 2016")
            .build())
        .outcome(ItemOutcome.MINUTES_AGREED)
        .build();
  }

  /**
   * The Part 2 decision is public only as "made a decision on award of contract": its terms,
   * including the winner, are withheld. The resolution is marked {@link Resolution#withheld()}
   * and has no preamble (the minutes print no "RESOLVED"); its one unlabelled part holds what the
   * public minutes say, which is enough to record that an award decision was made, on what, and
   * that its supplier is withheld. The evaluation split is from the Part 1 report (minute 75).
   */
  private static AgendaItem minute86() {
    return exempt(86, "COPPICE/SPINNEY & THE GLADE - CONTRACT AWARD", ItemKind.REPORT_FOR_DECISION)
        .agendaNumber("17")
        .addReportReference(ReportReference.of("CS17030b"))
        .addLink(ItemLink.of("m75", LinkRelation.PUBLIC_COUNTERPART))
        .addNarrative(Paragraph.of("Further to Report CS17030a in Part 1 of the agenda, Members "
            + "considered Report CS17030b in Part 2 proceedings and made a decision on award of "
            + "contract for the provision of Supported Living Services at the Coppice/Spinney and "
            + "the Glade."))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .withheld(true)
            .addPart(ResolutionPart.builder()
                .text("made a decision on award of contract for the provision of Supported Living "
                    + "Services at the Coppice/Spinney and the Glade")
                .effect(PartEffect.AWARD_CONTRACT)
                .addContractAward(ContractAward.builder()
                    .subject("provision of Supported Living Services at the Coppice/Spinney and "
                        + "the Glade")
                    .stage(ContractStage.AWARD)
                    .supplierWithheld(true)
                    .addEvaluationCriterion(EvaluationCriterion.of("price", 60))
                    .addEvaluationCriterion(EvaluationCriterion.of("quality", 40))
                    .build())
                .build())
            .build())
        .build();
  }

  private static AgendaItem minute87() {
    return exempt(87, "REABLEMENT GATEWAY REVIEW", ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CS17032"))
        .addNarrative(Paragraph.of("Report CS17032 proposed a way forward for tendering the "
            + "in-house reablement service, reablement being considered a key service to help "
            + "reduce pressures on the social care service."))
        .outcome(ItemOutcome.CONSIDERED)
        .build();
  }

  private static AgendaItem minute88() {
    return exempt(88, "EXTRA CARE HOUSING TENDERING UPDATE", ItemKind.UPDATE)
        .addReportReference(ReportReference.of("CS17031"))
        .addNarrative(Paragraph.of("Members were updated on the tendering process for the in-house "
            + "Extra Care Housing service with recommendations for the way forward."))
        .outcome(ItemOutcome.CONSIDERED)
        .build();
  }

  /** Like minute 86: a Part 2 award whose terms are withheld, recorded as the public minutes say it. */
  private static AgendaItem minute89() {
    return exempt(89, "AWARD OF CONTRACT FOR CAPITAL WORKS AT STEWART FLEMING PRIMARY SCHOOL",
        ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("ED17006"))
        .addNarrative(Paragraph.of("A decision was taken on contract award for the main contract "
            + "(Phase 1) of the capital scheme at Stewart Fleming Primary School."))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .withheld(true)
            .addPart(ResolutionPart.builder()
                .text("A decision was taken on contract award for the main contract (Phase 1) of "
                    + "the capital scheme at Stewart Fleming Primary School")
                .effect(PartEffect.AWARD_CONTRACT)
                .addContractAward(ContractAward.builder()
                    .subject("main contract (Phase 1) of the capital scheme at Stewart Fleming "
                        + "Primary School")
                    .stage(ContractStage.AWARD)
                    .supplierWithheld(true)
                    .build())
                .build())
            .build())
        .build();
  }

  // --- helpers --------------------------------------------------------------------------------

  /**
   * A Part 1 item with its minute number, the identifier "m" + number, title and kind: public,
   * since the minutes take it before the press and public are excluded under minute 84.
   */
  private static AgendaItem.Builder item(int minute, String title, ItemKind kind) {
    return AgendaItem.builder()
        .id("m" + minute)
        .access(Access.PUBLIC)
        .minuteNumber(Integer.toString(minute))
        .title(title)
        .kind(kind);
  }

  /** A Part 2 item, taken after the exclusion of the press and public under minute 84. */
  private static AgendaItem.Builder exempt(int minute, String title, ItemKind kind) {
    return item(minute, title, kind)
        .access(Access.EXEMPT)
        .addExemptionGround(LOCAL_GOVERNMENT_ACT_1972)
        .addExemptionGround(FREEDOM_OF_INFORMATION_ACT_2000);
  }

  private static Attendance member(String name) {
    return Attendance.of(Person.councillor(name), AttendanceRole.MEMBER_PRESENT);
  }

  private static ResolutionPart.Builder part(String label, String text, PartEffect effect) {
    return ResolutionPart.builder().label(label).text(text).effect(effect);
  }

  private static Paragraph statement(Person speaker, String text) {
    return Paragraph.builder().kind(ParagraphKind.STATEMENT).addSpeaker(speaker).text(text).build();
  }

  private static Paragraph discussion(String text) {
    return Paragraph.builder().kind(ParagraphKind.DISCUSSION).text(text).build();
  }

  /** A sterling amount with the words the minutes wrote it in; exact unless qualified. */
  private static Amount.Builder gbp(String amount, String asWritten) {
    return Amount.builder().money(Money.of(amount, "GBP")).asWritten(asWritten);
  }

  private static LegalBasis section75(String asWritten) {
    return LegalBasis.of(asWritten, "National Health Service Act 2006", "section 75");
  }
}
