package io.github.minutebook.legistar;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.MotionOutcome;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteMethod;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.MinutesStatus;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.Classification;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Maps single Legistar Web API rows to Minutebook values, reading through a {@link Source}. */
final class Rows {
  /** "10:00 AM", "9:30 am", "10:00AM". */
  static final DateTimeFormatter CLOCK = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("h:mm[ ]a").toFormatter(Locale.US);
  private static final Pattern TALLY = Pattern.compile("\\s*(\\d+)\\s*[-–:/]\\s*(\\d+)\\s*");
  private static final Pattern NO_MOVER = Pattern.compile("(?i)\\b(?:motion|moved)\\s+(?:of|by)\\s*,");

  private final String base;
  private final @Nullable ZoneId zone;

  Rows(String client, @Nullable ZoneId zone) {
    this.base = "https://webapi.legistar.com/v1/" + client + "/";
    this.zone = zone;
  }

  /** The Web API URL of a row ({@code https://webapi.legistar.com/v1/chicago/events/3683}). */
  String url(String collection, String id) {
    return base + collection + "/" + id;
  }

  private Optional<String> id(JsonNode row, String at, String key, String collection, Source source) {
    return source.raw(row, at, key).map(id -> url(collection, id.strip()));
  }

  // ---------------------------------------------------------------- bodies and people

  Body body(JsonNode b, String at, Source source) {
    Body.Builder body = Body.builder();
    id(b, at, "BodyId", "bodies", source).ifPresent(body::id);
    source.text(b, at, "BodyName").ifPresent(body::name);
    return body.build();
  }

  Person person(JsonNode p, String at, Source source) {
    Person.Builder person = Person.builder();
    id(p, at, "PersonId", "persons", source).ifPresent(person::id);
    Optional<String> full = source.text(p, at, "PersonFullName");
    if (full.isPresent()) {
      person.name(full.get());
    } else {
      Optional<String> first = source.text(p, at, "PersonFirstName");
      Optional<String> last = source.text(p, at, "PersonLastName");
      if (first.isPresent() || last.isPresent()) {
        person.name((first.orElse("") + " " + last.orElse("")).strip());
        source.note(Kind.HANDLED, "legistar.name-from-parts", Source.at(at, "PersonFullName"),
            "no full name; the name is the first and last names as given");
      }
    }
    source.text(p, at, "PersonEmail").ifPresent(person::email);
    source.text(p, at, "PersonWWW").ifPresent(person::web);
    source.text(p, at, "PersonPhone").ifPresent(person::telephone);
    Optional<String> street = source.text(p, at, "PersonAddress1");
    Optional<String> city = source.text(p, at, "PersonCity1");
    Optional<String> state = source.text(p, at, "PersonState1");
    Optional<String> zip = source.text(p, at, "PersonZip1");
    if (street.isPresent() || city.isPresent() || state.isPresent() || zip.isPresent()) {
      person.address(Address.builder().streetAddress(street).locality(city).region(state).postalCode(zip).build());
    }
    return person.build();
  }

  /** A person named in a row by id and name fields; empty when neither is given. */
  private Optional<Person> named(JsonNode row, String at, String idKey, String nameKey, Source source) {
    Optional<String> id = id(row, at, idKey, "persons", source);
    Optional<String> name = source.text(row, at, nameKey);
    if (id.isEmpty() && name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Person.builder().id(id).name(name).build());
  }

  // ---------------------------------------------------------------- events

  Meeting event(JsonNode e, String at, Source source) {
    return event(e, at, source, Map.of());
  }

  /**
   * An event with its embedded {@code EventItems}; {@code votes} holds the Vote rows of the items
   * by their index in {@code EventItems}, read at {@code /EventItems/{i}/votes}.
   */
  Meeting event(JsonNode e, String at, Source source, Map<Integer, JsonNode> votes) {
    Meeting.Builder meeting = Meeting.builder();
    id(e, at, "EventId", "events", source).ifPresent(meeting::id);
    Optional<String> bodyId = id(e, at, "EventBodyId", "bodies", source);
    Optional<String> bodyName = source.text(e, at, "EventBodyName");
    if (bodyId.isPresent() || bodyName.isPresent()) {
      meeting.body(Body.builder().id(bodyId).name(bodyName).build());
    }
    Optional<LocalDateTime> date = source.localDateTime(e, at, "EventDate");
    date.ifPresent(d -> {
      meeting.date(d.toLocalDate());
      if (!d.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        source.note(Kind.NOT_CARRIED, "legistar.date-time", Source.at(at, "EventDate"), "the date carries a time "
            + d.toLocalTime() + "; only the date is carried, the time is EventTime's");
      }
    });
    source.raw(e, at, "EventTime").ifPresent(t -> {
      Optional<MeetingStatus> instead = statusInTime(t);
      if (instead.isPresent()) {
        meeting.status(instead.get());
        source.note(Kind.HANDLED, "legistar.status-as-time", Source.at(at, "EventTime"), "\"" + t.strip()
            + "\" in place of the time read as the meeting's status; the time stays unknown");
      } else {
        clock(t, Source.at(at, "EventTime"), source).ifPresent(meeting::startTime);
      }
    });
    if (date.isPresent()) {
      if (zone != null) {
        meeting.zone(zone);
        source.note(Kind.HANDLED, "legistar.no-zone", Source.at(at, "EventDate"), "the date and time have no zone;"
            + " read in " + zone + ", the zone given for this city");
      } else {
        source.note(Kind.HANDLED, "legistar.no-zone", Source.at(at, "EventDate"), "the date and time have no zone"
            + " and none was given for this city; kept as local time, the zone stays unknown");
      }
    }
    source.text(e, at, "EventLocation").ifPresent(meeting::location);
    source.text(e, at, "EventInSiteURL").ifPresent(meeting::web);
    Optional<String> agendaStatus = source.text(e, at, "EventAgendaStatusName");
    source.use(Source.at(at, "EventAgendaStatusId"));
    agendaStatus.ifPresent(s -> {
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.contains("cancel")) {
        meeting.status(MeetingStatus.CANCELLED);
      } else if (lower.contains("postpone")) {
        meeting.status(MeetingStatus.POSTPONED);
      } else {
        source.note(Kind.NOT_CARRIED, "legistar.agenda-status", Source.at(at, "EventAgendaStatusName"),
            "the agenda status \"" + s + "\" (the agenda's publication state) has no place in the model");
      }
    });
    Optional<String> minutesStatus = source.text(e, at, "EventMinutesStatusName");
    source.use(Source.at(at, "EventMinutesStatusId"));
    minutesStatus.ifPresent(s -> {
      String lower = s.toLowerCase(Locale.ROOT);
      if (lower.contains("draft")) {
        meeting.minutesStatus(MinutesStatus.DRAFT);
      } else if (lower.contains("approved") || lower.contains("adopted") || lower.contains("confirmed")) {
        meeting.minutesStatus(MinutesStatus.CONFIRMED);
      } else {
        source.note(Kind.NOT_CARRIED, "legistar.minutes-status", Source.at(at, "EventMinutesStatusName"),
            "the minutes status \"" + s + "\" says nothing the model holds (only draft or confirmed); not carried");
      }
    });
    file(e, at, "EventAgendaFile", DocumentKind.AGENDA, "Agenda", source).ifPresent(meeting::addDocuments);
    file(e, at, "EventMinutesFile", DocumentKind.MINUTES, "Minutes", source).ifPresent(meeting::addDocuments);
    file(e, at, "EventVideoPath", DocumentKind.RECORDING, "Video", source).ifPresent(meeting::addDocuments);
    JsonNode items = source.get(e, at, "EventItems");
    if (items.isArray()) {
      List<AgendaItem> mapped = new ArrayList<>();
      String itemsAt = Source.at(at, "EventItems");
      Duplicates duplicates = Duplicates.find(items, itemsAt, "EventItem", source);
      for (int i = 0; i < items.size(); i++) {
        if (duplicates.isMerged(i)) {
          continue;
        }
        String itemAt = Source.at(itemsAt, i);
        // the item's link back to this event says nothing new
        source.use(Source.at(itemAt, "EventItemEventId"));
        int twin = duplicates.twinOf(i);
        JsonNode itemVotes = votes.get(i);
        if (itemVotes == null && twin >= 0) {
          itemVotes = votes.get(twin);
        }
        mapped.add(eventItem(items.get(i), itemAt, source, itemVotes, Source.at(itemAt, "votes"),
            twin < 0 ? null : items.get(twin), Source.at(itemsAt, twin)));
        source.leftovers(items.get(i), itemAt);
      }
      meeting.addAllAgendaItems(mapped);
    }
    source.provenance(e, at, "Event").ifPresent(meeting::provenance);
    return meeting.build();
  }

  /** A status written where the time should be ("Deferred", "Cancelled"), as calendars do. */
  static Optional<MeetingStatus> statusInTime(String given) {
    String t = given.strip().toLowerCase(Locale.ROOT);
    if (t.equals("deferred") || t.equals("postponed") || t.equals("recessed")) {
      return t.equals("recessed") ? Optional.of(MeetingStatus.ADJOURNED) : Optional.of(MeetingStatus.POSTPONED);
    } else if (t.equals("cancelled") || t.equals("canceled")) {
      return Optional.of(MeetingStatus.CANCELLED);
    }
    return Optional.empty();
  }

  private static Optional<LocalTime> clock(String given, String at, Source source) {
    String t = given.strip();
    try {
      return Optional.of(LocalTime.parse(t, CLOCK));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalTime.parse(t));
      } catch (DateTimeParseException e2) {
        source.note(Kind.NOT_CARRIED, "legistar.bad-time", at, "\"" + given + "\" is not a time of day; not carried");
        return Optional.empty();
      }
    }
  }

  private static Optional<Document> file(JsonNode row, String at, String key, DocumentKind kind, String title,
      Source source) {
    return source.text(row, at, key).map(url -> Document.builder().kind(kind).title(title).address(url).build());
  }

  // ---------------------------------------------------------------- event items and votes

  AgendaItem eventItem(JsonNode i, String at, Source source, @Nullable JsonNode votes, String votesAt,
      @Nullable JsonNode twin, String twinAt) {
    AgendaItem.Builder item = AgendaItem.builder();
    Optional<String> itemId = id(i, at, "EventItemId", "eventitems", source);
    itemId.ifPresent(item::id);
    Optional<Integer> agendaSequence = source.integer(i, at, "EventItemAgendaSequence");
    Optional<Integer> minutesSequence = source.integer(i, at, "EventItemMinutesSequence");
    agendaSequence.or(() -> minutesSequence).ifPresent(item::order);
    if (agendaSequence.isPresent() && minutesSequence.isPresent()) {
      source.note(Kind.NOT_CARRIED, "legistar.minutes-sequence", Source.at(at, "EventItemMinutesSequence"),
          "the place in the minutes (" + minutesSequence.get() + ") beside the place on the agenda ("
              + agendaSequence.get() + ") is not carried");
    }
    source.text(i, at, "EventItemAgendaNumber").ifPresent(item::agendaNumber);
    source.text(i, at, "EventItemTitle").ifPresent(item::title);
    source.text(i, at, "EventItemAgendaNote").ifPresent(item::agendaDescription);
    source.text(i, at, "EventItemMinutesNote").ifPresent(n -> item.addAllNarrative(paragraphs(n)));
    Action action = action(i, at, "EventItem", "EventItemMover", "EventItemSeconder", source);
    if (twin != null) {
      complete(action, i, twin, twinAt, "EventItem", "EventItemMover", "EventItemSeconder", source);
    }
    action.name.ifPresent(item::result);
    action.outcome.ifPresent(item::outcome);
    action.text.ifPresent(t -> item.addAllNarrative(paragraphs(t)));
    Vote.Builder vote = action.vote;
    boolean voted = action.voted;
    if (votes != null && votes.isArray() && votes.size() > 0) {
      for (int v = 0; v < votes.size(); v++) {
        vote.addNamedVotes(namedVote(votes.get(v), Source.at(votesAt, v), source));
      }
      voted = true;
    }
    if (voted || action.movedBy.isPresent() || action.secondedBy.isPresent()) {
      Motion.Builder motion = Motion.builder();
      action.name.ifPresent(motion::text);
      action.movedBy.ifPresent(motion::movedBy);
      action.secondedBy.ifPresent(motion::secondedBy);
      action.passed.ifPresent(p -> motion.outcome(p ? MotionOutcome.CARRIED : MotionOutcome.LOST));
      if (voted) {
        motion.vote(vote.build());
      }
      item.addMotions(motion.build());
    }
    // the linked matter
    Optional<String> matterId = id(i, at, "EventItemMatterId", "matters", source);
    source.use(Source.at(at, "EventItemMatterGuid"));
    Optional<String> file = source.text(i, at, "EventItemMatterFile");
    Optional<String> name = source.text(i, at, "EventItemMatterName");
    Optional<String> status = source.text(i, at, "EventItemMatterStatus");
    if (matterId.isPresent() || status.isPresent()) {
      Consultation.Builder consultation = Consultation.builder().recordId(matterId).status(status);
      itemId.ifPresent(consultation::itemId);
      id(i, at, "EventItemEventId", "events", source).ifPresent(consultation::meetingId);
      item.addConsultations(consultation.build());
    }
    if (file.isPresent() || name.isPresent()) {
      item.addReportReferences(ReportReference.builder().reference(file).title(name).build());
    }
    JsonNode attachments = source.get(i, at, "EventItemMatterAttachments");
    for (int a = 0; a < attachments.size(); a++) {
      item.addDocuments(attachment(attachments.get(a), Source.at(Source.at(at, "EventItemMatterAttachments"), a),
          source));
    }
    source.provenance(i, at, "EventItem").ifPresent(item::provenance);
    return item.build();
  }

  /** A MatterAttachment row (embedded in an EventItem, or of {@code /matters/{id}/attachments}) as a document. */
  static Document attachment(JsonNode a, String at, Source source) {
    Document.Builder document = Document.builder().kind(DocumentKind.SUPPORTING_DOCUMENT);
    source.raw(a, at, "MatterAttachmentId").ifPresent(document::id);
    source.text(a, at, "MatterAttachmentName").ifPresent(document::title);
    source.text(a, at, "MatterAttachmentHyperlink").ifPresent(document::address);
    source.text(a, at, "MatterAttachmentFileName").ifPresent(document::fileName);
    source.provenance(a, at, "MatterAttachment").ifPresent(document::provenance);
    source.leftovers(a, at);
    return document.build();
  }

  /** One person's vote on an event item: {@code VotePersonName}, {@code VoteValueName}. */
  NamedVote namedVote(JsonNode v, String at, Source source) {
    Person voter = named(v, at, "VotePersonId", "VotePersonName", source).orElse(Person.builder().build());
    NamedVote.Builder vote = NamedVote.builder().voter(voter);
    source.use(Source.at(at, "VoteValueId"));
    source.text(v, at, "VoteValueName").ifPresent(value -> {
      Optional<VoteOption> option = option(value);
      if (option.isPresent()) {
        vote.option(option.get());
      } else {
        source.note(Kind.NOT_CARRIED, "legistar.vote-value", Source.at(at, "VoteValueName"), "the vote \"" + value
            + "\" is none of the model's options; the voter is kept, the option stays unknown");
      }
    });
    source.use(Source.at(at, "VoteEventItemId"));
    source.leftovers(v, at);
    return vote.build();
  }

  static Optional<VoteOption> option(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "yea": case "yes": case "aye": case "affirmative": case "in favor": case "approve":
        return Optional.of(VoteOption.YES);
      case "nay": case "no": case "nays": case "opposed": case "negative": case "against":
        return Optional.of(VoteOption.NO);
      case "abstain": case "abstained": case "abstention": case "present":
        return Optional.of(VoteOption.ABSTAIN);
      case "absent": case "absent*":
        return Optional.of(VoteOption.ABSENT);
      case "excused": case "excused absence":
        return Optional.of(VoteOption.EXCUSED);
      case "recused": case "conflict": case "did not vote": case "not voting": case "non-voting":
        return Optional.of(VoteOption.NOT_VOTING);
      default:
        return Optional.empty();
    }
  }

  /** What one action row (an event item or a matter history) says about the action taken. */
  static final class Action {
    Optional<String> name = Optional.empty();
    Optional<String> text = Optional.empty();
    Optional<ItemOutcome> outcome = Optional.empty();
    Optional<Boolean> passed = Optional.empty();
    Optional<Person> movedBy = Optional.empty();
    Optional<Person> secondedBy = Optional.empty();
    Optional<Boolean> consent = Optional.empty();
    final Vote.Builder vote = Vote.builder();
    boolean voted;
  }

  Action action(JsonNode row, String at, String prefix, String moverKey, String seconderKey, Source source) {
    Action action = new Action();
    source.use(Source.at(at, prefix + "ActionId"));
    action.name = source.text(row, at, prefix + "ActionName");
    action.outcome = action.name.flatMap(Rows::outcome);
    action.text = source.text(row, at, prefix + "ActionText");
    action.passed = source.flag(row, at, prefix + "PassedFlag");
    Optional<String> passedName = source.text(row, at, prefix + "PassedFlagName");
    if (action.passed.isPresent()) {
      action.vote.result(action.passed.get() ? VoteResult.CARRIED : VoteResult.LOST);
      action.voted = true;
    } else if (passedName.isPresent()) {
      source.note(Kind.NOT_CARRIED, "legistar.passed-name", Source.at(at, prefix + "PassedFlagName"),
          "\"" + passedName.get() + "\" without a passed flag is not carried");
    }
    source.flag(row, at, prefix + "RollCallFlag").ifPresent(r -> {
      if (r) {
        action.vote.method(VoteMethod.ROLL_CALL);
      }
    });
    action.text.ifPresent(t -> {
      if (t.toLowerCase(Locale.ROOT).contains("voice vote")) {
        action.vote.method(VoteMethod.VOICE_VOTE);
        action.voted = true;
      }
    });
    source.raw(row, at, prefix + "Tally").ifPresent(t -> {
      Matcher m = TALLY.matcher(t);
      if (m.matches()) {
        action.vote.putCount(VoteOption.YES, Integer.parseInt(m.group(1)));
        action.vote.putCount(VoteOption.NO, Integer.parseInt(m.group(2)));
        action.voted = true;
        source.note(Kind.HANDLED, "legistar.tally", Source.at(at, prefix + "Tally"), "the tally \"" + t
            + "\" read as " + m.group(1) + " for and " + m.group(2) + " against");
      } else {
        source.note(Kind.NOT_CARRIED, "legistar.tally", Source.at(at, prefix + "Tally"), "the tally \"" + t
            + "\" is not \"for-against\"; not carried");
      }
    });
    action.movedBy = named(row, at, moverKey + "Id", moverKey + (prefix.equals("EventItem") ? "" : "Name"), source);
    action.secondedBy = named(row, at, seconderKey + "Id", seconderKey + (prefix.equals("EventItem") ? "" : "Name"),
        source);
    if (action.movedBy.isEmpty() && action.text.isPresent() && NO_MOVER.matcher(action.text.get()).find()) {
      source.note(Kind.HANDLED, "legistar.blank-mover", Source.at(at, prefix + "ActionText"), "the action text"
          + " leaves the mover's name blank (\"" + action.text.get() + "\"); the mover stays unknown");
    }
    return action;
  }

  /** The outcome an action's name states, where it plainly states one. */
  static Optional<ItemOutcome> outcome(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("withdrawn")) {
      return Optional.of(ItemOutcome.WITHDRAWN);
    } else if (n.contains("fail") || n.contains("defeated") || n.contains("not pass")) {
      return Optional.of(ItemOutcome.LOST);
    } else if (n.contains("deferred") || n.contains("held") || n.contains("continued") || n.contains("tabled")
        || n.contains("postponed")) {
      return Optional.of(ItemOutcome.DEFERRED);
    } else if (n.contains("refer") || n.contains("recommit")) {
      return Optional.of(ItemOutcome.REFERRED);
    } else if (n.contains("received and filed") || n.contains("placed on file") || n.contains("filed")) {
      return Optional.of(ItemOutcome.NOTED);
    } else if (n.equals("passed") || n.equals("adopted") || n.equals("approved") || n.startsWith("adopted")
        || n.startsWith("approved") || n.startsWith("passed")) {
      return Optional.of(ItemOutcome.DECIDED);
    }
    return Optional.empty();
  }

  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      String b = block.strip();
      if (!b.isEmpty()) {
        out.add(Paragraph.of(b));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- matters

  DecisionRecord matter(JsonNode m, String at, Source source) {
    DecisionRecord.Builder record = DecisionRecord.builder().kind(DecisionRecordKind.LEGISLATION);
    id(m, at, "MatterId", "matters", source).ifPresent(record::id);
    source.text(m, at, "MatterFile").ifPresent(record::reference);
    Optional<String> title = source.text(m, at, "MatterTitle");
    Optional<String> name = source.text(m, at, "MatterName");
    title.or(() -> name).ifPresent(record::title);
    source.use(Source.at(at, "MatterTypeId"));
    source.text(m, at, "MatterTypeName").ifPresent(record::recordType);
    source.use(Source.at(at, "MatterStatusId"));
    source.text(m, at, "MatterStatusName").ifPresent(record::status);
    Optional<String> bodyId = id(m, at, "MatterBodyId", "bodies", source);
    Optional<String> bodyName = source.text(m, at, "MatterBodyName");
    if (bodyId.isPresent() || bodyName.isPresent()) {
      record.addUnderDirectionOf(Body.builder().id(bodyId).name(bodyName).build());
    }
    source.localDateTime(m, at, "MatterIntroDate").ifPresent(d -> record.introductionDate(d.toLocalDate()));
    source.localDateTime(m, at, "MatterPassedDate").ifPresent(d -> record.decisionDate(d.toLocalDate()));
    if (title.isPresent() && name.isPresent() && !title.get().equals(name.get())) {
      source.note(Kind.NOT_CARRIED, "legistar.matter-name", Source.at(at, "MatterName"), "the short name \""
          + name.get() + "\" beside the title is not carried");
    }
    source.provenance(m, at, "Matter").ifPresent(record::provenance);
    return record.build();
  }

  /**
   * A matter's history rows (its path: introduced, referred, recommended, passed) added to {@code
   * record}: each row a consultation of the acting body at its meeting, and each row that states a
   * result (passed flag, tally, mover) also a resolution with that vote. The same action given
   * as agenda row and minutes row is read once.
   */
  void histories(JsonNode rows, String at, Source source, DecisionRecord.Builder record, String matterId) {
    Duplicates duplicates = Duplicates.find(rows, at, "MatterHistory", source);
    for (int r = 0; r < rows.size(); r++) {
      JsonNode h = rows.get(r);
      if (duplicates.isMerged(r)) {
        continue;
      }
      String hAt = Source.at(at, r);
      if (!h.isObject()) {
        source.note(Kind.NOT_CARRIED, "legistar.not-a-row", hAt, "expected a MatterHistory row, found " + h);
        source.use(hAt);
        continue;
      }
      int twin = duplicates.twinOf(r);
      Consultation.Builder consultation = Consultation.builder().recordId(matterId);
      Optional<String> historyId = id(h, hAt, "MatterHistoryId", "matterhistories", source);
      historyId.ifPresent(consultation::id);
      Optional<String> eventId = id(h, hAt, "MatterHistoryEventId", "events", source);
      eventId.ifPresent(consultation::meetingId);
      Optional<String> bodyId = id(h, hAt, "MatterHistoryActionBodyId", "bodies", source);
      Optional<String> bodyName = source.text(h, hAt, "MatterHistoryActionBodyName");
      Optional<Body> body = bodyId.isPresent() || bodyName.isPresent()
          ? Optional.of(Body.builder().id(bodyId).name(bodyName).build()) : Optional.empty();
      body.ifPresent(consultation::addBodies);
      Optional<Integer> agendaSequence = source.integer(h, hAt, "MatterHistoryAgendaSequence");
      Optional<Integer> minutesSequence = source.integer(h, hAt, "MatterHistoryMinutesSequence");
      agendaSequence.or(() -> minutesSequence).ifPresent(consultation::order);
      Optional<String> agendaNumber = source.text(h, hAt, "MatterHistoryAgendaNumber");
      Action action = action(h, hAt, "MatterHistory", "MatterHistoryMover", "MatterHistorySeconder", source);
      if (twin >= 0) {
        complete(action, h, rows.get(twin), Source.at(at, twin), "MatterHistory", "MatterHistoryMover",
            "MatterHistorySeconder", source);
      }
      action.name.ifPresent(consultation::role);
      Optional<LocalDateTime> date = source.localDateTime(h, hAt, "MatterHistoryActionDate");
      Optional<Boolean> consent = source.flag(h, hAt, "MatterHistoryConsent");
      if (action.voted || action.movedBy.isPresent() || action.secondedBy.isPresent() || action.text.isPresent()) {
        Resolution.Builder resolution = Resolution.builder();
        historyId.ifPresent(resolution::id);
        body.ifPresent(resolution::decisionMaker);
        date.ifPresent(d -> resolution.decisionDate(d.toLocalDate()));
        action.movedBy.ifPresent(resolution::movedBy);
        action.secondedBy.ifPresent(resolution::secondedBy);
        consent.ifPresent(resolution::consentAgenda);
        action.name.ifPresent(resolution::recordStatus);
        action.text.ifPresent(t -> source.note(Kind.NOT_CARRIED, "legistar.action-text", Source.at(hAt,
            "MatterHistoryActionText"), "the clerk's record of the action \"" + t + "\" has no place on the"
                + " resolution (its words are not the resolution's); not carried"));
        if (action.voted) {
          resolution.vote(action.vote.build());
        }
        if (eventId.isPresent() || agendaNumber.isPresent()) {
          MinuteReference.Builder decidedAt = MinuteReference.builder();
          eventId.ifPresent(decidedAt::meetingId);
          agendaNumber.ifPresent(decidedAt::agendaNumber);
          body.ifPresent(decidedAt::body);
          date.ifPresent(d -> decidedAt.meetingDate(d.toLocalDate()));
          resolution.decidedAt(decidedAt.build());
        }
        record.addDecisions(resolution.build());
      } else {
        date.ifPresent(d -> source.note(Kind.NOT_CARRIED, "legistar.action-date", Source.at(hAt,
            "MatterHistoryActionDate"), "the date " + d.toLocalDate() + " of the action \""
                + action.name.orElse("") + "\" has no place on a consultation; not carried"));
        consent.ifPresent(c -> source.note(Kind.NOT_CARRIED, "legistar.consent", Source.at(hAt,
            "MatterHistoryConsent"), "the consent flag of an action without a result is not carried"));
      }
      source.use(Source.at(hAt, "MatterHistoryMatterStatusId"));
      source.provenance(h, hAt, "MatterHistory").ifPresent(consultation::provenance);
      record.addConsultations(consultation.build());
      source.leftovers(h, hAt);
    }
  }

  /**
   * Completes an agenda row's action with its minutes row's text, mover and seconder; the minutes
   * row's own identifiers and sequence are said in the {@code legistar.duplicate-action} note, and
   * whatever else it gives is listed like any row's.
   */
  private void complete(Action action, JsonNode agendaRow, JsonNode minutesRow, String twinAt, String prefix, String moverKey,
      String seconderKey, Source source) {
    Action minutes = action(minutesRow, twinAt, prefix, moverKey, seconderKey, source);
    action.text = action.text.or(() -> minutes.text);
    action.movedBy = action.movedBy.or(() -> minutes.movedBy);
    action.secondedBy = action.secondedBy.or(() -> minutes.secondedBy);
    // its id and sequence are in the note; what it repeats of the agenda row says nothing new
    source.use(Source.at(twinAt, prefix + "Id"));
    source.use(Source.at(twinAt, prefix + "MinutesSequence"));
    minutesRow.properties().forEach(field -> {
      if (field.getValue().equals(agendaRow.path(field.getKey()))) {
        source.use(Source.at(twinAt, field.getKey()));
      }
    });
    source.leftovers(minutesRow, twinAt);
  }

  // ---------------------------------------------------------------- indexes

  Classification index(JsonNode x, String at, Source source, String scheme) {
    String code = source.raw(x, at, "IndexId").orElse("");
    Classification.Builder c = Classification.builder().scheme(scheme).code(code);
    source.text(x, at, "IndexName").ifPresent(c::description);
    return c.build();
  }

  Classification matterIndex(JsonNode x, String at, Source source, String scheme) {
    String code = source.raw(x, at, "MatterIndexIndexId").orElse("");
    Classification.Builder c = Classification.builder().scheme(scheme).code(code);
    source.text(x, at, "MatterIndexName").ifPresent(c::description);
    return c.build();
  }
}
