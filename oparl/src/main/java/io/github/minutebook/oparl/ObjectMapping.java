package io.github.minutebook.oparl;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.Venue;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.RecordLink;
import io.github.minutebook.reference.RecordRelation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Maps single OParl objects to Minutebook values, reading through a {@link Source}. */
final class ObjectMapping {
  static final String SCHEMA = "https://schema.oparl.org/1.1/";

  private ObjectMapping() {}

  /** The OParl type of an object ({@code Meeting}), or empty when it has none. */
  static String type(JsonNode object) {
    String type = object.path("type").asString("");
    int slash = type.lastIndexOf('/');
    return slash < 0 ? type : type.substring(slash + 1);
  }

  /** Marks what every OParl object has and the model needs no place for: its schema URL. */
  private static void useType(JsonNode object, String at, Source source, String expected) {
    source.use(Source.at(at, "type"));
    String type = type(object);
    if (!type.isEmpty() && !type.equals(expected)) {
      source.note(Kind.HANDLED, "oparl.unexpected-type", Source.at(at, "type"), "an object of type " + type
          + " where a " + expected + " was expected; read as a " + expected);
    }
  }

  /** Whether the object is marked deleted; marks {@code deleted} as used either way. */
  static boolean deleted(JsonNode object, String at, Source source) {
    return source.bool(object, at, "deleted").orElse(false);
  }

  static Meeting meeting(JsonNode m, String at, Source source) {
    useType(m, at, source, "Meeting");
    Meeting.Builder meeting = Meeting.builder();
    source.text(m, at, "id").ifPresent(meeting::id);
    source.text(m, at, "name").ifPresent(meeting::title);
    source.text(m, at, "web").ifPresent(meeting::web);
    List<String> organizations = source.texts(m, at, "organization");
    if (!organizations.isEmpty()) {
      meeting.body(Body.ofId(organizations.get(0)));
      for (int i = 1; i < organizations.size(); i++) {
        source.note(Kind.NOT_CARRIED, "oparl.further-organization", Source.at(Source.at(at, "organization"), i),
            "a meeting has one body in the model; the further organization " + organizations.get(i)
                + " is not carried");
      }
    }
    times(m, at, source, meeting);
    Optional<Boolean> cancelled = source.bool(m, at, "cancelled");
    Optional<String> state = source.text(m, at, "meetingState");
    if (cancelled.orElse(false)) {
      meeting.status(MeetingStatus.CANCELLED);
    } else if (state.isPresent()) {
      String s = state.get().trim().toLowerCase(Locale.ROOT);
      if (s.equals("durchgeführt")) {
        meeting.status(MeetingStatus.HELD);
      } else if (s.equals("terminiert") || s.equals("eingeladen")) {
        meeting.status(MeetingStatus.SCHEDULED);
      } else {
        source.note(Kind.NOT_CARRIED, "oparl.meeting-state", Source.at(at, "meetingState"), "the meeting state \""
            + state.get() + "\" has no status in the model; not carried");
      }
    }
    location(m, at, source, meeting);
    JsonNode participants = source.get(m, at, "participant");
    for (int i = 0; i < participants.size(); i++) {
      JsonNode p = participants.get(i);
      String pAt = Source.at(Source.at(at, "participant"), i);
      Person.Builder person = Person.builder();
      if (p.isString()) {
        source.use(pAt);
        person.id(p.asString());
      } else if (p.isObject()) {
        useType(p, pAt, source, "Person");
        source.text(p, pAt, "id").ifPresent(person::id);
        source.text(p, pAt, "name").ifPresent(person::name);
        source.leftovers(p, pAt);
      }
      meeting.addAttendance(Attendance.of(person.build(), AttendanceRole.PRESENT));
    }
    document(m, at, "invitation", source, DocumentKind.AGENDA).ifPresent(meeting::addDocuments);
    document(m, at, "resultsProtocol", source, DocumentKind.DECISION_NOTICE).ifPresent(meeting::addDocuments);
    document(m, at, "verbatimProtocol", source, DocumentKind.MINUTES).ifPresent(meeting::addDocuments);
    meeting.addAllDocuments(documents(m, at, "auxiliaryFile", source));
    JsonNode items = source.get(m, at, "agendaItem");
    String itemsAt = Source.at(at, "agendaItem");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String itemAt = Source.at(itemsAt, i);
      if (item.isString()) {
        source.use(itemAt);
        meeting.addAgendaItems(AgendaItem.builder().id(item.asString()).build());
        continue;
      }
      if (deleted(item, itemAt, source)) {
        source.note(Kind.HANDLED, "oparl.deleted", itemAt, "the agenda item " + item.path("id").asString("")
            + " is marked deleted; not mapped");
        source.use(itemAt);
        continue;
      }
      // the embedded item's link back to this meeting says nothing new
      source.use(Source.at(itemAt, "meeting"));
      meeting.addAgendaItems(agendaItem(item, itemAt, source));
    }
    source.provenance(m, at).ifPresent(meeting::provenance);
    return meeting.build();
  }

  /** The meeting's date, times and offset, from {@code start} and {@code end}, kept as given. */
  private static void times(JsonNode m, String at, Source source, Meeting.Builder meeting) {
    Optional<OffsetDateTime> start = source.dateTime(m, at, "start");
    Optional<OffsetDateTime> end = source.dateTime(m, at, "end");
    OffsetDateTime day = start.or(() -> end).orElse(null);
    if (day == null) {
      return;
    }
    meeting.date(day.toLocalDate());
    meeting.zone(day.getOffset());
    start.ifPresent(s -> meeting.startTime(s.toLocalTime()));
    if (end.isPresent()) {
      OffsetDateTime e = end.get();
      meeting.endTime(e.toLocalTime());
      if (start.isPresent() && e.isBefore(start.get())) {
        source.note(Kind.HANDLED, "oparl.end-before-start", Source.at(at, "end"), "the meeting ends (" + e
            + ") before it starts (" + start.get() + "); both kept as given");
      } else if (!e.getOffset().equals(day.getOffset()) || !e.toLocalDate().equals(day.toLocalDate())) {
        source.note(Kind.NOT_CARRIED, "oparl.end-date", Source.at(at, "end"), "the meeting ends at " + e
            + ", on another day or offset than it starts; only the time of day is carried");
      }
    }
  }

  private static void location(JsonNode m, String at, Source source, Meeting.Builder meeting) {
    JsonNode location = source.get(m, at, "location");
    String lAt = Source.at(at, "location");
    if (location.isString()) {
      meeting.venue(Venue.builder().id(location.asString()).build());
      return;
    }
    if (!location.isObject()) {
      return;
    }
    useType(location, lAt, source, "Location");
    Venue.Builder venue = Venue.builder();
    source.text(location, lAt, "id").ifPresent(venue::id);
    Optional<String> description = source.text(location, lAt, "description");
    Optional<String> room = source.text(location, lAt, "room");
    if (description.isPresent()) {
      meeting.location(description.get());
      room.ifPresent(r -> source.note(Kind.NOT_CARRIED, "oparl.room", Source.at(lAt, "room"), "the room \"" + r
          + "\" beside the description is not carried"));
    } else {
      room.ifPresent(meeting::location);
    }
    address(location, lAt, source).ifPresent(venue::address);
    source.provenance(location, lAt).ifPresent(venue::provenance);
    source.leftovers(location, lAt);
    meeting.venue(venue.build());
  }

  /** A Location's street, postal code and town, where it gives any. */
  private static Optional<Address> address(JsonNode location, String at, Source source) {
    Optional<String> street = source.text(location, at, "streetAddress");
    Optional<String> postalCode = source.text(location, at, "postalCode");
    Optional<String> locality = source.text(location, at, "locality");
    if (street.isEmpty() && postalCode.isEmpty() && locality.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Address.builder().streetAddress(street).postalCode(postalCode).locality(locality).build());
  }

  static AgendaItem agendaItem(JsonNode a, String at, Source source) {
    useType(a, at, source, "AgendaItem");
    AgendaItem.Builder item = AgendaItem.builder();
    source.text(a, at, "id").ifPresent(item::id);
    JsonNode number = source.get(a, at, "number");
    boolean emptyNumber = false;
    if (number.isString()) {
      String given = number.asString();
      String trimmed = given.strip();
      if (trimmed.isEmpty()) {
        emptyNumber = true;
        source.note(Kind.HANDLED, "oparl.empty-number", Source.at(at, "number"), "an empty agenda number \""
            + given + "\" read as no number");
      } else {
        item.agendaNumber(trimmed);
        if (!trimmed.equals(given)) {
          source.note(Kind.HANDLED, "oparl.padded-number", Source.at(at, "number"), "the agenda number \"" + given
              + "\" read without its spaces as \"" + trimmed + "\"");
        }
      }
    }
    source.integer(a, at, "order").ifPresent(item::order);
    source.text(a, at, "name").ifPresent(item::title);
    source.bool(a, at, "public").ifPresent(p -> item.access(p ? Access.PUBLIC : Access.CONFIDENTIAL));
    List<String> consultations = source.texts(a, at, "consultation");
    for (String c : consultations) {
      item.addConsultations(Consultation.builder().id(c).build());
    }
    Optional<String> result = source.text(a, at, "result");
    result.ifPresent(item::result);
    result.ifPresent(r -> outcome(r, Source.at(at, "result"), source, item));
    if (emptyNumber && result.isEmpty() && consultations.isEmpty()) {
      item.kind(ItemKind.HEADING);
    }
    source.text(a, at, "resolutionText").ifPresent(text -> item.addAllNarrative(paragraphs(text)));
    document(a, at, "resolutionFile", source, DocumentKind.DECISION_NOTICE).ifPresent(item::addDocuments);
    item.addAllDocuments(documents(a, at, "auxiliaryFile", source));
    source.provenance(a, at).ifPresent(item::provenance);
    return item.build();
  }

  /**
   * Reads the free-text result as an outcome where its words say which; the text itself is kept
   * as the item's result either way. A unanimous or majority decision is also a resolution with
   * that vote; nothing else about the vote is stated.
   */
  private static void outcome(String result, String at, Source source, AgendaItem.Builder item) {
    String r = result.toLowerCase(Locale.GERMAN);
    ItemOutcome outcome;
    if (r.contains("teilweise")) {
      outcome = ItemOutcome.PARTLY_ADOPTED;
    } else if (r.contains("abgelehnt")) {
      outcome = ItemOutcome.LOST;
    } else if (r.contains("zurückgezogen") || r.contains("abgesetzt")) {
      outcome = ItemOutcome.WITHDRAWN;
    } else if (r.contains("vertagt") || r.contains("zurückgestellt")) {
      outcome = ItemOutcome.DEFERRED;
    } else if (r.contains("verwiesen") || r.contains("beratung im fachgremium")) {
      outcome = ItemOutcome.REFERRED;
    } else if (r.contains("kenntnis")) {
      outcome = ItemOutcome.NOTED;
    } else if (r.contains("erledigt")) {
      outcome = ItemOutcome.SETTLED;
    } else if (r.contains("beschlossen") || r.contains("zugestimmt")) {
      outcome = ItemOutcome.DECIDED;
    } else {
      return;
    }
    item.outcome(outcome);
    if (outcome == ItemOutcome.DECIDED && (r.startsWith("einstimmig") || r.startsWith("mehrheitlich"))) {
      item.addResolutions(Resolution.builder()
          .vote(Vote.builder().unanimous(r.startsWith("einstimmig")).build())
          .build());
    }
  }

  static DecisionRecord paper(JsonNode p, String at, Source source) {
    useType(p, at, source, "Paper");
    DecisionRecord.Builder record = DecisionRecord.builder().kind(DecisionRecordKind.LEGISLATION);
    source.text(p, at, "id").ifPresent(record::id);
    source.text(p, at, "reference").ifPresent(record::reference);
    source.text(p, at, "body").ifPresent(b -> record.authority(Body.ofId(b)));
    source.text(p, at, "name").ifPresent(record::title);
    source.text(p, at, "paperType").ifPresent(record::recordType);
    source.date(p, at, "date").ifPresent(record::date);
    for (String b : source.texts(p, at, "underDirectionOf")) {
      record.addUnderDirectionOf(Body.ofId(b));
    }
    JsonNode consultations = source.get(p, at, "consultation");
    for (int i = 0; i < consultations.size(); i++) {
      JsonNode c = consultations.get(i);
      String cAt = Source.at(Source.at(at, "consultation"), i);
      if (c.isString()) {
        source.use(cAt);
        record.addConsultations(Consultation.builder().id(c.asString()).build());
      } else if (c.isObject()) {
        // the embedded consultation's link back to this paper says nothing new
        source.use(Source.at(cAt, "paper"));
        record.addConsultations(consultation(c, cAt, source));
      }
    }
    for (String s : source.texts(p, at, "superordinatedPaper")) {
      record.addLinks(RecordLink.of(s, RecordRelation.SUPERORDINATED));
    }
    for (String s : source.texts(p, at, "subordinatedPaper")) {
      record.addLinks(RecordLink.of(s, RecordRelation.SUBORDINATED));
    }
    document(p, at, "mainFile", source, DocumentKind.OTHER).ifPresent(record::addDocuments);
    record.addAllDocuments(documents(p, at, "auxiliaryFile", source));
    source.provenance(p, at).ifPresent(record::provenance);
    return record.build();
  }

  static Consultation consultation(JsonNode c, String at, Source source) {
    useType(c, at, source, "Consultation");
    Consultation.Builder consultation = Consultation.builder();
    source.text(c, at, "id").ifPresent(consultation::id);
    source.text(c, at, "paper").ifPresent(consultation::recordId);
    source.text(c, at, "meeting").ifPresent(consultation::meetingId);
    source.text(c, at, "agendaItem").ifPresent(consultation::itemId);
    for (String o : source.texts(c, at, "organization")) {
      consultation.addBodies(Body.ofId(o));
    }
    source.text(c, at, "role").ifPresent(consultation::role);
    source.bool(c, at, "authoritative").ifPresent(consultation::authoritative);
    source.provenance(c, at).ifPresent(consultation::provenance);
    return consultation.build();
  }

  /** A numbered line: "1.", "2)", "a)", "(iv)", followed by its text. */
  private static final Pattern NUMBERED =
      Pattern.compile("^\\(?([0-9]{1,3}(?:\\.[0-9]{1,3})*|[a-z]|[ivx]{1,5})[.)]\\s+(\\S.*)$", Pattern.DOTALL);

  /**
   * The resolution's text as paragraphs, verbatim: one per block between blank lines, or per line
   * where a block's lines are numbered, each numbered line keeping its number.
   */
  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    for (String block : text.strip().split("\\R\\s*\\R")) {
      List<String> lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      boolean numbered = lines.size() > 1 && lines.stream().skip(1).allMatch(l -> NUMBERED.matcher(l).matches());
      if (numbered) {
        for (String line : lines) {
          out.add(paragraph(line));
        }
      } else if (!lines.isEmpty()) {
        out.add(paragraph(String.join("\n", lines)));
      }
    }
    return out;
  }

  private static Paragraph paragraph(String text) {
    Matcher numbered = NUMBERED.matcher(text);
    if (numbered.matches()) {
      return Paragraph.builder().number(numbered.group(1)).text(numbered.group(2)).build();
    }
    return Paragraph.builder().text(text).build();
  }

  /**
   * An OParl Person: the name without the titles it starts with, the titles as honorific, the first
   * e-mail address, telephone number and status (as the post held). Memberships, the form of
   * address and further addresses are listed as not carried.
   */
  static Person person(JsonNode p, String at, Source source) {
    useType(p, at, source, "Person");
    Person.Builder person = Person.builder();
    source.text(p, at, "id").ifPresent(person::id);
    List<String> titles = source.texts(p, at, "title");
    String honorific = String.join(" ", titles);
    if (!honorific.isEmpty()) {
      person.honorific(honorific);
    }
    Optional<String> name = source.text(p, at, "name");
    if (name.isPresent()) {
      String full = name.get().strip();
      if (!honorific.isEmpty() && full.startsWith(honorific + " ")) {
        person.name(full.substring(honorific.length() + 1).strip());
        source.note(Kind.HANDLED, "oparl.title-in-name", Source.at(at, "name"), "the name \"" + full
            + "\" read without the titles it starts with (kept as the honorific)");
      } else {
        person.name(full);
      }
    } else {
      Optional<String> given = source.text(p, at, "givenName");
      Optional<String> family = source.text(p, at, "familyName");
      if (given.isPresent() || family.isPresent()) {
        person.name((given.orElse("") + " " + family.orElse("")).strip());
      }
    }
    if (name.isPresent()) {
      // the parts of a name given whole say nothing new
      source.use(Source.at(at, "givenName"));
      source.use(Source.at(at, "familyName"));
    }
    first(p, at, "email", source).ifPresent(person::email);
    first(p, at, "phone", source).ifPresent(person::telephone);
    first(p, at, "status", source).ifPresent(person::post);
    source.text(p, at, "web").ifPresent(person::web);
    source.text(p, at, "body").ifPresent(b -> person.organisation(Body.ofId(b)));
    return person.build();
  }

  /** The first string of an array, marked as used; the others are left to be listed. */
  private static Optional<String> first(JsonNode object, String at, String key, Source source) {
    JsonNode values = source.get(object, at, key);
    if (values.isArray() && !values.isEmpty() && values.get(0).isString() && !values.get(0).asString().isBlank()) {
      source.use(Source.at(Source.at(at, key), 0));
      return Optional.of(values.get(0).asString().strip());
    }
    return Optional.empty();
  }

  /**
   * An OParl Body (the municipality or district whose council it is): name, short name, contact
   * e-mail, its official municipality key (AGS) and regional key (RGS) as identifiers and its
   * location. The list URLs, legislative terms and licence are listed as not carried.
   */
  static Body body(JsonNode b, String at, Source source) {
    useType(b, at, source, "Body");
    Body.Builder body = Body.builder().kind(BodyKind.AUTHORITY);
    source.text(b, at, "id").ifPresent(body::id);
    source.text(b, at, "name").ifPresent(body::name);
    source.text(b, at, "shortName").ifPresent(body::abbreviation);
    source.text(b, at, "contactEmail").ifPresent(body::email);
    source.text(b, at, "ags").ifPresent(ags -> body.addIdentifiers(Identifier.of("DE-AGS", ags)));
    source.text(b, at, "rgs").ifPresent(rgs -> body.addIdentifiers(Identifier.of("DE-RGS", rgs)));
    location(b, at, source, body);
    return body.build();
  }

  private static void location(JsonNode o, String at, Source source, Body.Builder body) {
    JsonNode location = source.get(o, at, "location");
    String lAt = Source.at(at, "location");
    if (location.isObject()) {
      useType(location, lAt, source, "Location");
      source.text(location, lAt, "description").ifPresent(body::location);
      address(location, lAt, source).ifPresent(body::address);
    }
  }

  static Body organization(JsonNode o, String at, Source source) {
    useType(o, at, source, "Organization");
    Body.Builder body = Body.builder();
    source.text(o, at, "id").ifPresent(body::id);
    source.text(o, at, "name").ifPresent(body::name);
    source.text(o, at, "shortName").ifPresent(body::abbreviation);
    location(o, at, source, body);
    return body.build();
  }

  private static Optional<Document> document(JsonNode parent, String at, String key, Source source,
      DocumentKind kind) {
    JsonNode file = source.get(parent, at, key);
    String fAt = Source.at(at, key);
    if (file.isString()) {
      return Optional.of(Document.builder().id(file.asString()).kind(kind).build());
    }
    if (!file.isObject()) {
      return Optional.empty();
    }
    return Optional.of(file(file, fAt, source, kind));
  }

  private static List<Document> documents(JsonNode parent, String at, String key, Source source) {
    JsonNode files = source.get(parent, at, key);
    String fAt = Source.at(at, key);
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      JsonNode f = files.get(i);
      if (f.isString()) {
        source.use(Source.at(fAt, i));
        out.add(Document.builder().id(f.asString()).build());
      } else if (f.isObject()) {
        out.add(file(f, Source.at(fAt, i), source, null));
      }
    }
    return out;
  }

  /**
   * A File as a document; {@code kind} is given by where the file is (an invitation is the
   * agenda), or else read from the first word of its name (Protokoll, Anlage, Tagesordnung,
   * Beschlussvorlage).
   */
  private static Document file(JsonNode f, String at, Source source, @Nullable DocumentKind kind) {
    useType(f, at, source, "File");
    Document.Builder document = Document.builder();
    source.text(f, at, "id").ifPresent(document::id);
    Optional<String> name = source.text(f, at, "name");
    name.ifPresent(document::title);
    document.kind(kind != null ? kind : name.map(ObjectMapping::kindFromName).orElse(DocumentKind.OTHER));
    source.text(f, at, "accessUrl").ifPresent(document::address);
    source.text(f, at, "downloadUrl").ifPresent(document::downloadAddress);
    source.text(f, at, "fileName").ifPresent(document::fileName);
    source.text(f, at, "mimeType").ifPresent(document::mediaType);
    source.integer(f, at, "size").ifPresent(s -> document.size(s + " bytes"));
    source.date(f, at, "date").ifPresent(document::date);
    source.provenance(f, at).ifPresent(document::provenance);
    return document.build();
  }

  private static DocumentKind kindFromName(String name) {
    String n = name.strip().toLowerCase(Locale.GERMAN);
    if (n.startsWith("protokoll")) {
      return DocumentKind.MINUTES;
    } else if (n.startsWith("anlage")) {
      return DocumentKind.APPENDIX;
    } else if (n.startsWith("tagesordnung")) {
      return DocumentKind.AGENDA;
    } else if (n.startsWith("beschlussvorlage")) {
      return DocumentKind.REPORT;
    }
    return DocumentKind.OTHER;
  }
}
