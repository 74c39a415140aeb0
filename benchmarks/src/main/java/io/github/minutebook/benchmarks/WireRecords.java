package io.github.minutebook.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Baseline B: plain Java records that mirror Minutebook's wire format, as a user would write them
 * by hand for Jackson's databind. Dates and times are java.time values, sums are BigDecimal
 * written as strings, code lists are strings. They carry no validation and no immutability
 * beyond what records give.
 */
public final class WireRecords {
  private WireRecords() {}

  /** A meeting document. */
  public record WMeeting(String minutebook, String type, String id, WParty authority, WParty body, String kind,
      String title, String number, String term, LocalDate date, LocalTime startTime, LocalTime endTime, LocalTime plannedStartTime,
      LocalTime plannedEndTime, List<WSitting> sittings, WAdjournment adjournment, String zone, String location,
      WVenue venue, String status, String format, String web, Boolean webcast, List<String> languages, List<WParty> contacts,
      List<WAttendance> attendance, WQuorum quorum, List<WDeclaration> declarations, List<WDeputation> deputations,
      List<WAgendaItem> agendaItems, List<WNote> proceduralNotes, List<WClosedSession> closedSessions,
      List<WDocument> documents, WMeetingReference previousMeeting, WMeetingReference nextMeeting,
      WPublication published, String minutesStatus, WMinuteReference confirmedAt,
      List<String> statedNone, WProvenance provenance) {}

  /** Another meeting, by what a record says of it. */
  public record WMeetingReference(String id, String address, String title, LocalDate date, LocalTime time,
      String location) {}

  /** One sitting of a meeting. */
  public record WSitting(LocalDate date, LocalTime start, LocalTime end, String location, String part) {}

  /** A quorum statement. */
  public record WQuorum(Boolean present, LocalTime time, String asWritten) {}

  /** A closed session. */
  public record WClosedSession(LocalTime start, LocalTime end, List<String> items, List<String> subjects,
      List<WParty> permittedToRemain, String reportOut, Boolean actionReported) {}

  /** Someone not a member addressing the meeting. */
  public record WDeputation(WParty speaker, WParty onBehalfOf, String kind, List<String> onItems, String subject,
      String stance, LocalTime time, List<WDocument> documents, String summary) {}

  /** A text in a language. */
  public record WLanguageText(String text, String language) {}

  /** A question and its answer. */
  public record WQuestion(String number, WParty askedBy, WParty addressedTo, String text, Boolean withNotice,
      WAnswer answer) {}

  /** An answer. */
  public record WAnswer(WParty by, String text, Boolean inWriting, Boolean takenOnNotice) {}

  /** A petition. */
  public record WPetition(String reference, String title, WParty leadPetitioner, WParty presentedBy, Integer signatures,
      String request) {}

  /** A decision on earlier minutes. */
  public record WMinutesApproval(WMinuteReference minutes, String outcome, List<String> corrections,
      List<String> excludedParts, WParty signedBy, Boolean objections) {}

  /** A motion's notice. */
  public record WMotionNotice(String kind, String reference, List<WParty> givenBy, LocalDate givenOn) {}

  /** An election. */
  public record WElection(String office, WParty body, List<WNomination> nominations, WParty elected) {}

  /** A nomination. */
  public record WNomination(WParty candidate, WParty proposedBy, WParty secondedBy, Boolean seconded, Integer votes,
      List<WParty> votedBy) {}

  /** A reading of an ordinance. */
  public record WReading(String stage, String instrumentNumber, Boolean readingWaived, Boolean byTitleOnly) {}

  /** An attendance period. */
  public record WPeriod(LocalTime from, LocalTime until, String fromItem, String untilItem, String mode, String role) {}

  /** The publisher's record of a meeting's place. */
  public record WVenue(String id, WAddress address, String web, WProvenance provenance) {}

  /** What is published of a meeting or an item. */
  public record WPublication(Boolean agenda, Boolean minutes, Boolean decisions, String attachmentsWithheld,
      List<WLegalBasis> legalBasis, WParty enquiries) {}

  /** A person or a body. */
  public record WParty(String type, String id, String honorific, String name, List<String> postNominals, String post,
      String ward, WParty party, WParty organisation, String web, String abbreviation, String kind, String location, WAddress address,
      List<WIdentifier> identifiers, String email, String telephone, Boolean sme, Boolean vcse) {}

  /** A postal address. */
  public record WAddress(String streetAddress, String locality, String region, String postalCode, String countryName) {}

  /** A register's identifier. */
  public record WIdentifier(String scheme, String id, String address) {}

  /** An adjournment. */
  public record WAdjournment(LocalTime time, String reason, List<String> items, LocalDate resumesOn) {}

  /** Attendance. */
  public record WAttendance(WParty person, String role, String mode, List<WParty> representing, WParty substituteFor,
      WParty deputyOf, String capacity,
      String apology, Boolean apologyAccepted, String reason, WDateRange leave, LocalTime arrivedAt, LocalTime leftAt,
      String arrivedDuring, String leftDuring, List<WPeriod> periods, Boolean partial, String note) {}

  /** A declaration of interest. */
  public record WDeclaration(WParty person, List<String> items, String nature, String kind, String kindAsWritten,
      String action,
      String actionAsWritten, String declaredDuring, WLegalBasis legalBasis) {}

  /** A procedural note. */
  public record WNote(String kind, String text, LocalTime time, LocalTime until, List<WParty> by, List<WParty> subjects,
      String duringItem) {}

  /** A document. */
  public record WDocument(String id, String title, String kind, String number, String address, String downloadAddress,
      String fileName, String mediaType, String size, String access, String language, Boolean personalData, WParty tabledBy, LocalDate date, WProvenance provenance) {}

  /** Provenance. */
  public record WProvenance(String publisher, String address, String retrievedAt, String licence, String created,
      String modified, List<WIdentifier> identifiers) {}

  /** A paper's consultation. */
  public record WConsultation(String id, String recordId, String meetingId, String itemId, List<WParty> bodies,
      String role, Boolean authoritative, Integer order, String status, WProvenance provenance) {}

  /** A reference to a minute. */
  public record WMinuteReference(WParty body, LocalDate meetingDate, String minuteNumber, String agendaNumber,
      String meetingId, String itemId, Boolean exempt, String asWritten) {}

  /** An agenda item. */
  public record WAgendaItem(String id, String minuteNumber, String agendaNumber, String section, Integer order,
      String title, List<WLanguageText> alternativeTitles, LocalTime time, String agendaDescription, String kind,
      String access, List<WLegalBasis> exemptionGrounds, String exemptionReason, Boolean urgent,
      String urgencyReason, Boolean publicMaySpeak, List<WReportReference> reportReferences,
      List<WConsultation> consultations, List<WDocument> documents, WPublication published, List<WParty> presenters,
      List<WParty> contacts, List<WItemLink> links, List<WParagraph> narrative, List<WDeputation> deputations,
      List<WQuestion> questions, List<WPetition> petitions, List<WMinutesApproval> minutesApprovals,
      WMotionNotice motionNotice, List<WElection> elections, List<WFigure> figures, String outcome,
      String result, String outcomeReason, List<WResolution> resolutions, List<WMotion> motions,
      List<WRecommendation> recommendations, WCallIn callIn, List<WAction> actions,
      List<WMinuteReference> minuteReferences, List<WPostMeetingNote> postMeetingNotes, List<String> statedNone,
      WProvenance provenance) {}

  /** A sum stated, not decided. */
  public record WFigure(String description, WAmount amount, String role) {}

  /** A motion that is not a decision. */
  public record WMotion(String number, String text, String kind, WParty movedBy, WParty secondedBy, LocalTime time,
      WVote vote, String outcome,
      List<WLegalBasis> legalBasis, List<WParty> recordedVoteRequestedBy) {}

  /** An appointment. */
  public record WAppointment(WParty appointee, String office, WParty body, WDateRange term) {}

  /** A virement. */
  public record WVirement(WAmount amount, String from, String to, String reason) {}

  /** A classification. */
  public record WClassification(String scheme, String code, String description, String address) {}

  /** A legal basis. */
  public record WLegalBasis(String citation, String instrument, String provision) {}

  /** A report reference. */
  public record WReportReference(String reference, String title, WDocument document, String section,
      List<WParty> authors) {}

  /** A link between items. */
  public record WItemLink(String target, String relation) {}

  /** A paragraph. */
  public record WParagraph(String number, String kind, List<WParty> speakers, String text, String language,
      List<WParagraph> points) {}

  /** A resolution. */
  public record WResolution(String id, String number, String preamble, List<WPart> parts, Boolean withheld,
      WParty decisionMaker, WParty recommendedTo, LocalDate decisionDate, LocalTime time, WMinuteReference decidedAt,
      Boolean consentAgenda, List<String> coversItems, List<WMinuteReference> rescinds, WReading reading,
      String recordVersion, Boolean keyDecision, Boolean subjectToCallIn,
      WCallIn callIn, List<String> reasons, List<String> alternatives, List<String> dispensations,
      List<WLegalBasis> legalBasis, Boolean againstOfficerRecommendation, WParty movedBy, WParty secondedBy,
      List<WParty> alsoSecondedBy, WParty movedOnBehalfOf, List<WAmendment> amendments, WVote vote, String recordStatus, List<String> statedNone, WProvenance provenance) {}

  /** A resolution part. */
  public record WPart(String id, String label, String text, String effect, WParty addressee, WDelegation delegation,
      List<WCondition> conditions, List<WFunding> fundingAllocations, List<WContract> contractAwards,
      List<WAppointment> appointments, List<WVirement> virements, List<WFigure> figures,
      List<String> adoptsRecommendations, List<WLegalBasis> legalBasis, List<WPart> parts, WVote vote, String language) {}

  /** A delegation. */
  public record WDelegation(WParty delegate, List<WParty> inConsultationWith, List<WParty> withAgreementOf, String scope,
      WAmount limit, WMinuteReference source) {}

  /** A condition. */
  public record WCondition(String text, String kind, List<String> dependsOnParts, WParty approver) {}

  /** A call-in. */
  public record WCallIn(String outcome, LocalDate date, WMinuteReference consideredAt, WMinuteReference decision,
      List<WParty> calledInBy, List<String> grounds, List<String> parts) {}

  /** An amendment. */
  public record WAmendment(String kind, String text, WParty movedBy, WParty secondedBy, WVote vote, String outcome,
      List<WAmendment> amendments) {}

  /** A vote. */
  public record WVote(String method, String motionType, LocalTime time, String requiredMajority, String identifier, Map<String, Integer> counts, List<WNamedVote> namedVotes, Boolean unanimous, WParty castingVoteBy,
      String result, List<WParty> recordedVoteRequestedBy) {}

  /** A named vote. */
  public record WNamedVote(WParty voter, String option, String explanation) {}

  /** A funding allocation. */
  public record WFunding(String id, String purpose, String programme, WAmount amount, WAmount fullYearEffect, List<WComponent> components,
      List<WRecharge> recharges, List<WSource> fundingSources, String spendType, String status, WParty recipient,
      WParty partner, WLegalBasis legalBasis, List<WCondition> conditions) {}

  /** An amount. */
  public record WAmount(WMoney money, String qualifier, String basis, WFinancialYear financialYear, WDateRange period,
      String asWritten) {}

  /** Money. */
  public record WMoney(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {}

  /** A financial year. */
  public record WFinancialYear(int firstYear, int lastYear, String yearStart) {}

  /** A date range. */
  public record WDateRange(LocalDate start, LocalDate end, String asWritten) {}

  /** A funding component. */
  public record WComponent(String description, WAmount amount, String relation) {}

  /** A recharge. */
  public record WRecharge(WAmount amount, WParty to, String kind) {}

  /** A funding source. */
  public record WSource(String kind, String name, WParty provider, WAmount amount) {}

  /** A contract decision. */
  public record WContract(String id, String tenderId, String procurementReference, String subject, String description, String stage,
      String mainProcurementCategory, String procurementMethod,
      String methodAsWritten, String methodRationale, WFramework framework, WFramework establishes, String lot,
      Integer lots,
      List<String> lotTitles, List<WClassification> classifications, Boolean suitableForSme, Boolean suitableForVcse,
      WParty contractingAuthority, WParty leadBody,
      List<WParty> jointWith, List<WParty> suppliers, Boolean supplierWithheld, List<WAmount> values,
      WMoney estimatedMinValue, WMoney estimatedValue, LocalDate tenderDeadline, LocalTime tenderDeadlineTime,
      LocalDate awardDate, String awardBasis, Integer tendersInvited, Integer tendersReceived, Boolean inHouseBid,
      Boolean standingOrdersWaived, List<WLegalBasis> legalBasis, String extensionReason, WTerm term, WTerm plannedTerm,
      List<WCriterion> evaluationCriteria, List<WCondition> conditions, WExisting existingContract) {}

  /** A framework. */
  public record WFramework(String name, String kind, WParty provider, List<WParty> openTo, String lot) {}

  /** A contract term. */
  public record WTerm(LocalDate start, LocalDate end, String duration, List<String> extensionOptions, LocalDate maximumEnd,
      String asWritten) {}

  /** An evaluation criterion. */
  public record WCriterion(String name, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightPercent) {}

  /** An existing contract. */
  public record WExisting(String description, WParty supplier, WParty heldBy, WFramework framework, LocalDate expires) {}

  /** A recommendation. */
  public record WRecommendation(String id, String number, WRecSource source, WParty addressee, String text, String subject,
      String group, String actionPlanId, LocalDate date, LocalDate dueDate, WResponse response,
      List<WProgress> progressUpdates, Boolean withheld, WMinuteReference toBeConsideredAt) {}

  /** A recommendation's source. */
  public record WRecSource(String kind, WParty body, String title, WReportReference report) {}

  /** A response. */
  public record WResponse(String status, String text, WParty respondent, LocalDate date, Boolean draft) {}

  /** A progress update. */
  public record WProgress(LocalDate date, String text, String status, WParty reportedBy, WMinuteReference recordedAt) {}

  /** An action. */
  public record WAction(String id, String description, String kind, WParty owner, List<WParty> involving, LocalDate dueDate,
      String dueWhen) {}

  /** A post-meeting note. */
  public record WPostMeetingNote(String author, LocalDate date, String text) {}
}
