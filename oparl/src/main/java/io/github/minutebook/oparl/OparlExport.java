package io.github.minutebook.oparl;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.exchange.Unmapped;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.meeting.Venue;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.RecordLink;
import io.github.minutebook.reference.RecordRelation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the OParl objects of one record; one instance per record. */
final class OparlExport {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String CODE = "oparl.no-field";
  private static final Pattern BYTES = Pattern.compile("(\\d{1,18}) bytes");

  /** The roles of people who were there; the others (apologies, absent, expected) were not. */
  private static final Set<AttendanceRole> THERE = EnumSet.complementOf(EnumSet.of(AttendanceRole.APOLOGIES,
      AttendanceRole.LEAVE_OF_ABSENCE, AttendanceRole.ABSENT, AttendanceRole.EXPECTED));

  private final String base;
  private final List<ConversionNote> notes = new ArrayList<>();
  /** The Organizations and Persons referred to, by URL, each with its notes. */
  private final Map<String, Converted<ObjectNode>> organizations = new LinkedHashMap<>();
  private final Map<String, Converted<ObjectNode>> persons = new LinkedHashMap<>();
  private final Map<String, Converted<ObjectNode>> consultations = new LinkedHashMap<>();

  OparlExport(OparlExporter exporter) {
    this.base = exporter.baseUrl();
  }

  // ---- meetings

  List<Converted<ObjectNode>> meeting(Meeting m) {
    String url = m.id().filter(OparlExporter::isUrl)
        .orElseGet(() -> base + "meeting/" + m.id().map(OparlExport::key).orElseGet(() -> digest(m)));
    ObjectNode json = object(url, "Meeting");
    Set<String> mapped = set("id", "agendaItems", "attendance", "documents", "provenance");
    if (m.title().isPresent()) {
      json.put("name", m.title().get());
      mapped.add("title");
    }
    if (m.status().isPresent()) {
      MeetingStatus status = m.status().get();
      if (status == MeetingStatus.CANCELLED) {
        json.put("cancelled", true);
        mapped.add("status");
      } else if (status == MeetingStatus.HELD) {
        json.put("meetingState", "durchgeführt");
        mapped.add("status");
      } else if (status == MeetingStatus.SCHEDULED) {
        json.put("meetingState", "terminiert");
        mapped.add("status");
      }
    }
    times(m, json, mapped);
    location(m, url, json, mapped);
    if (m.body().isPresent()) {
      String org = organization(m.body().get(), "body");
      if (org != null) {
        json.putArray("organization").add(org);
      }
      mapped.add("body");
    }
    ArrayNode participants = MAPPER.createArrayNode();
    for (int i = 0; i < m.attendance().size(); i++) {
      Attendance a = m.attendance().get(i);
      String at = "attendance[" + i + "]";
      if (!THERE.contains(a.role())) {
        notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.not-present", at, "an OParl meeting lists only"
            + " its participants; " + a.person().displayName() + ", recorded as " + a.role() + ", is not carried"));
        continue;
      }
      String person = person(a.person(), at + ".person");
      if (person == null) {
        continue;
      }
      if (!participants.valueStream().anyMatch(p -> p.asString().equals(person))) {
        participants.add(person);
      }
      if (a.role() != AttendanceRole.PRESENT) {
        notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.role", at + ".role", "OParl lists participants"
            + " without their role; " + a.role() + " is not carried"));
      }
      Unmapped.report(a, at, Set.of("person", "role"), CODE, "an OParl meeting's participant list", notes);
    }
    if (!participants.isEmpty()) {
      json.set("participant", participants);
    }
    files(m.documents(), "documents", url, json, Map.of(DocumentKind.AGENDA, "invitation",
        DocumentKind.DECISION_NOTICE, "resultsProtocol", DocumentKind.MINUTES, "verbatimProtocol"), null);
    ArrayNode items = MAPPER.createArrayNode();
    for (int i = 0; i < m.agendaItems().size(); i++) {
      items.add(agendaItem(m, url, m.agendaItems().get(i), i));
    }
    if (!items.isEmpty()) {
      json.set("agendaItem", items);
    }
    provenance(m.provenance(), "provenance", json);
    if (m.web().isPresent()) {
      web(m.web().get(), "web", json);
      mapped.add("web");
    }
    Unmapped.report(m, "", mapped, CODE, "an OParl Meeting", notes);
    return result(url, "Meeting", json);
  }

  private void times(Meeting m, ObjectNode json, Set<String> mapped) {
    if (m.date().isEmpty()) {
      return;
    }
    if (m.startTime().isEmpty() && m.endTime().isEmpty()) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.date-only", "date", "OParl gives a meeting's start"
          + " as a date-time; the date " + m.date().get() + " without a time is not carried"));
      return;
    }
    if (m.zone().isEmpty()) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.no-zone", "date", "OParl's start and end are"
          + " date-times with an offset; the meeting's time zone is not known, so its date and times are not"
          + " carried"));
      return;
    }
    mapped.add("date");
    mapped.add("zone");
    if (m.startTime().isPresent()
        && putDateTime(json, "start", dateTime(m.date().get(), m.startTime().get(), m.zone().get()), "startTime")) {
      mapped.add("startTime");
    }
    if (m.endTime().isPresent()
        && putDateTime(json, "end", dateTime(m.date().get(), m.endTime().get(), m.zone().get()), "endTime")) {
      mapped.add("endTime");
    }
  }

  private void location(Meeting m, String meetingUrl, ObjectNode json, Set<String> mapped) {
    if (m.location().isEmpty() && m.venue().isEmpty()) {
      return;
    }
    Optional<Venue> venue = m.venue();
    String url = venue.flatMap(Venue::id).filter(OparlExporter::isUrl).orElseGet(() -> venue.flatMap(Venue::id)
        .map(id -> base + "location/" + key(id)).orElse(meetingUrl + "/location"));
    ObjectNode location = object(url, "Location");
    m.location().ifPresent(l -> location.put("description", l));
    mapped.add("location");
    if (venue.isPresent()) {
      mapped.add("venue");
      Venue v = venue.get();
      v.address().ifPresent(a -> address(a, "venue.address", location));
      v.web().ifPresent(w -> web(w, "venue.web", location));
      provenance(v.provenance(), "venue.provenance", location);
      Unmapped.report(v, "venue", Set.of("id", "address", "web", "provenance"), CODE, "an OParl Location", notes);
    }
    json.set("location", location);
  }

  private void address(Address a, String at, ObjectNode location) {
    a.streetAddress().ifPresent(s -> location.put("streetAddress", s));
    a.postalCode().ifPresent(s -> location.put("postalCode", s));
    a.locality().ifPresent(s -> location.put("locality", s));
    Unmapped.report(a, at, Set.of("streetAddress", "postalCode", "locality"), CODE, "an OParl Location", notes);
  }

  private ObjectNode agendaItem(Meeting m, String meetingUrl, AgendaItem item, int index) {
    String at = "agendaItems[" + index + "]";
    String url = item.id().filter(OparlExporter::isUrl).orElseGet(() -> meetingUrl + "/agendaItem/"
        + item.id().map(OparlExport::key).orElse(String.valueOf(index + 1)));
    ObjectNode json = object(url, "AgendaItem");
    Set<String> mapped = set("id", "order", "documents", "provenance");
    json.put("meeting", meetingUrl);
    item.agendaNumber().ifPresent(n -> {
      json.put("number", n);
      mapped.add("agendaNumber");
    });
    json.put("order", item.order().orElse(index + 1));
    if (item.kind() != ItemKind.OTHER) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.item-kind", at + ".kind", "OParl has no kind of"
          + " agenda item; " + item.kind() + " is not carried"));
    }
    item.title().ifPresent(t -> {
      json.put("name", t);
      mapped.add("title");
    });
    item.access().ifPresent(a -> {
      json.put("public", a == Access.PUBLIC);
      if (a == Access.EXEMPT) {
        notes.add(new ConversionNote(Kind.HANDLED, "oparl.exempt", at + ".access", "an exempt item is written"
            + " as not public; OParl does not tell exempt from confidential"));
      }
      mapped.add("access");
    });
    List<Consultation> itemConsultations = item.consultations();
    for (int k = 0; k < itemConsultations.size(); k++) {
      Consultation c = itemConsultations.get(k);
      String cAt = at + ".consultations[" + k + "]";
      String cUrl = consultation(c, cAt, url + "/consultation/" + (k + 1), null, meetingUrl, url);
      if (k == 0) {
        json.put("consultation", cUrl);
      } else {
        notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.further-consultation", cAt, "an OParl agenda item"
            + " has one consultation; " + cUrl + " is written as its own Consultation object only"));
      }
    }
    mapped.add("consultations");
    if (item.result().isPresent()) {
      json.put("result", item.result().get());
      mapped.add("result");
      // the outcome is read from the result's words, as OparlImport does
      mapped.add("outcome");
    }
    String text = resolutionText(item, at);
    if (!text.isEmpty()) {
      json.put("resolutionText", text);
    }
    mapped.add("resolutions");
    if (item.time().isPresent() && m.date().isPresent() && m.zone().isPresent()
        && putDateTime(json, "start", dateTime(m.date().get(), item.time().get(), m.zone().get()), at + ".time")) {
      mapped.add("time");
    }
    files(item.documents(), at + ".documents", url, json, Map.of(DocumentKind.DECISION_NOTICE, "resolutionFile"),
        null);
    provenance(item.provenance(), at + ".provenance", json);
    Unmapped.report(item, at, mapped, CODE, "an OParl AgendaItem", notes);
    return json;
  }

  /** The text of the item's resolutions, part by part with their labels, one paragraph each. */
  private String resolutionText(AgendaItem item, String at) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < item.resolutions().size(); r++) {
      Resolution resolution = item.resolutions().get(r);
      String rAt = at + ".resolutions[" + r + "]";
      Set<String> mapped = set("parts");
      resolution.preamble().ifPresent(p -> {
        paragraph(text, p);
        mapped.add("preamble");
      });
      parts(resolution.parts(), rAt + ".parts", text);
      Unmapped.report(resolution, rAt, mapped, CODE, "an OParl AgendaItem's resolutionText", notes);
    }
    return text.toString();
  }

  private void parts(List<ResolutionPart> parts, String at, StringBuilder text) {
    for (int p = 0; p < parts.size(); p++) {
      ResolutionPart part = parts.get(p);
      paragraph(text, part.label().map(l -> l + " ").orElse("") + part.text());
      parts(part.parts(), at + "[" + p + "].parts", text);
      Unmapped.report(part, at + "[" + p + "]", Set.of("label", "text", "parts"), CODE,
          "an OParl AgendaItem's resolutionText", notes);
    }
  }

  private static void paragraph(StringBuilder text, String paragraph) {
    if (paragraph.isBlank()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(paragraph);
  }

  // ---- papers

  List<Converted<ObjectNode>> paper(DecisionRecord d) {
    String url = paperUrl(d.id().orElse(null), d);
    ObjectNode json = object(url, "Paper");
    Set<String> mapped = set("id", "consultations", "links", "documents", "provenance");
    if (d.authority().isPresent()) {
      String org = organization(d.authority().get(), "authority");
      if (org != null) {
        json.put("body", org);
      }
      mapped.add("authority");
    }
    d.title().ifPresent(t -> {
      json.put("name", t);
      mapped.add("title");
    });
    d.reference().ifPresent(r -> {
      json.put("reference", r);
      mapped.add("reference");
    });
    d.date().ifPresent(date -> {
      json.put("date", date.format(DateTimeFormatter.ISO_LOCAL_DATE));
      mapped.add("date");
    });
    d.recordType().ifPresent(t -> {
      json.put("paperType", t);
      mapped.add("recordType");
    });
    if (d.kind().equals(Optional.of(DecisionRecordKind.LEGISLATION))) {
      mapped.add("kind"); // what a Paper is
    }
    ArrayNode superordinated = MAPPER.createArrayNode();
    ArrayNode subordinated = MAPPER.createArrayNode();
    for (int i = 0; i < d.links().size(); i++) {
      RecordLink link = d.links().get(i);
      String target = paperUrl(link.target(), null);
      (link.relation() == RecordRelation.SUPERORDINATED ? superordinated : subordinated).add(target);
    }
    if (!superordinated.isEmpty()) {
      json.set("superordinatedPaper", superordinated);
    }
    if (!subordinated.isEmpty()) {
      json.set("subordinatedPaper", subordinated);
    }
    // which document is the paper's main one the model does not say: all are auxiliary files
    files(d.documents(), "documents", url, json, Map.of(), null);
    ArrayNode underDirectionOf = MAPPER.createArrayNode();
    for (int i = 0; i < d.underDirectionOf().size(); i++) {
      String org = organization(d.underDirectionOf().get(i), "underDirectionOf[" + i + "]");
      if (org != null) {
        underDirectionOf.add(org);
      }
    }
    if (!underDirectionOf.isEmpty()) {
      json.set("underDirectionOf", underDirectionOf);
      mapped.add("underDirectionOf");
    }
    ArrayNode embedded = MAPPER.createArrayNode();
    for (int k = 0; k < d.consultations().size(); k++) {
      Consultation c = d.consultations().get(k);
      ObjectNode consultation = consultationObject(c, "consultations[" + k + "]", url + "/consultation/" + (k + 1),
          url, null, null);
      embedded.add(consultation);
    }
    if (!embedded.isEmpty()) {
      json.set("consultation", embedded);
    }
    provenance(d.provenance(), "provenance", json);
    Unmapped.report(d, "", mapped, CODE, "an OParl Paper", notes);
    return result(url, "Paper", json);
  }

  private String paperUrl(@Nullable String id, @Nullable DecisionRecord record) {
    if (id != null && OparlExporter.isUrl(id)) {
      return id;
    }
    return base + "paper/" + (id != null ? key(id) : digest(java.util.Objects.requireNonNull(record)));
  }

  private String meetingUrl(String id) {
    return OparlExporter.isUrl(id) ? id : base + "meeting/" + key(id);
  }

  // ---- consultations, organizations, persons

  /**
   * Writes a meeting's consultation as its own object (once per URL) and gives its URL. The
   * meeting and item it belongs to are those it sits in, unless it names others.
   */
  private String consultation(Consultation c, String at, String minted, @Nullable String paperUrl,
      String meetingUrl, String itemUrl) {
    List<ConversionNote> own = new ArrayList<>();
    List<ConversionNote> outer = new ArrayList<>(notes);
    notes.clear();
    ObjectNode json = consultationObject(c, at, minted, paperUrl, meetingUrl, itemUrl);
    own.addAll(notes);
    notes.clear();
    notes.addAll(outer);
    String url = json.get("id").asString();
    consultations.putIfAbsent(url, Converted.of("Consultation " + url, json, own));
    return url;
  }

  private ObjectNode consultationObject(Consultation c, String at, String minted, @Nullable String paperUrl,
      @Nullable String meetingUrl, @Nullable String itemUrl) {
    String url = c.id().filter(OparlExporter::isUrl).orElseGet(() -> c.id()
        .map(id -> base + "consultation/" + key(id)).orElse(minted));
    ObjectNode json = object(url, "Consultation");
    Set<String> mapped = set("id", "recordId", "meetingId", "itemId", "bodies", "provenance");
    String paper = c.recordId().map(id -> paperUrl(id, null)).orElse(paperUrl);
    if (paper != null) {
      json.put("paper", paper);
    }
    String meeting = c.meetingId().map(this::meetingUrl).orElse(meetingUrl);
    String item = c.itemId().map(id -> OparlExporter.isUrl(id) ? id
        : (meeting != null ? meeting : base + "meeting/-") + "/agendaItem/" + key(id)).orElse(itemUrl);
    if (item != null) {
      json.put("agendaItem", item);
    }
    if (meeting != null) {
      json.put("meeting", meeting);
    }
    ArrayNode orgs = MAPPER.createArrayNode();
    for (int i = 0; i < c.bodies().size(); i++) {
      String org = organization(c.bodies().get(i), at + ".bodies[" + i + "]");
      if (org != null) {
        orgs.add(org);
      }
    }
    if (!orgs.isEmpty()) {
      json.set("organization", orgs);
    }
    c.authoritative().ifPresent(a -> {
      json.put("authoritative", a);
      mapped.add("authoritative");
    });
    c.role().ifPresent(r -> {
      json.put("role", r);
      mapped.add("role");
    });
    provenance(c.provenance(), at + ".provenance", json);
    Unmapped.report(c, at, mapped, CODE, "an OParl Consultation", notes);
    return json;
  }

  /** The URL of a body, its Organization object recorded beside the record; null if it has neither id nor name. */
  private @Nullable String organization(Body body, String at) {
    Optional<String> id = body.id();
    String url;
    if (id.isPresent() && OparlExporter.isUrl(id.get())) {
      url = id.get();
    } else if (id.isPresent()) {
      url = base + "organization/" + key(id.get());
    } else if (body.name().isPresent()) {
      url = base + "organization/" + key(body.name().get());
    } else {
      notes.add(new ConversionNote(Kind.LEFT_OUT, "oparl.unnamed-body", at, "a body with neither id nor name"
          + " cannot be given an OParl URL; left out"));
      return null;
    }
    if (organizations.containsKey(url) || (body.name().isEmpty() && body.abbreviation().isEmpty()
        && OparlExporter.isUrl(url) && id.isPresent() && id.get().equals(url) && body.location().isEmpty()
        && body.address().isEmpty())) {
      return url; // already written, or nothing to say beyond the URL it has of its own
    }
    ObjectNode json = object(url, "Organization");
    List<ConversionNote> own = new ArrayList<>();
    body.name().ifPresent(n -> json.put("name", n));
    body.abbreviation().ifPresent(a -> json.put("shortName", a));
    if (body.location().isPresent() || body.address().isPresent()) {
      ObjectNode location = object(url + "/location", "Location");
      body.location().ifPresent(l -> location.put("description", l));
      body.address().ifPresent(a -> {
        a.streetAddress().ifPresent(s -> location.put("streetAddress", s));
        a.postalCode().ifPresent(s -> location.put("postalCode", s));
        a.locality().ifPresent(s -> location.put("locality", s));
        Unmapped.report(a, at + ".address", Set.of("streetAddress", "postalCode", "locality"), CODE,
            "an OParl Location", own);
      });
      json.set("location", location);
    }
    Unmapped.report(body, at, Set.of("id", "name", "abbreviation", "location", "address"), CODE,
        "an OParl Organization", own);
    organizations.put(url, Converted.of("Organization " + url, json, own));
    return url;
  }

  /** The URL of a person, their Person object recorded beside the record; null if they have neither id nor name. */
  private @Nullable String person(Person person, String at) {
    Optional<String> id = person.id();
    String url;
    if (id.isPresent() && OparlExporter.isUrl(id.get())) {
      url = id.get();
    } else if (id.isPresent()) {
      url = base + "person/" + key(id.get());
    } else if (person.name().isPresent()) {
      url = base + "person/" + key(person.name().get());
    } else {
      notes.add(new ConversionNote(Kind.LEFT_OUT, "oparl.unnamed-person", at, "a person with neither id nor"
          + " name cannot be given an OParl URL; left out"));
      return null;
    }
    if (persons.containsKey(url) || (id.isPresent() && id.get().equals(url) && person.name().isEmpty()
        && person.honorific().isEmpty() && person.email().isEmpty() && person.telephone().isEmpty())) {
      return url;
    }
    ObjectNode json = object(url, "Person");
    List<ConversionNote> own = new ArrayList<>();
    person.name().ifPresent(n -> json.put("name", n));
    person.honorific().ifPresent(h -> json.put("formOfAddress", h));
    person.telephone().ifPresent(t -> json.putArray("phone").add(t));
    person.email().ifPresent(e -> json.putArray("email").add(e));
    Set<String> mapped = set("id", "name", "honorific", "telephone", "email");
    person.web().filter(OparlExporter::isUrl).ifPresent(w -> {
      json.put("web", w);
      mapped.add("web");
    });
    Unmapped.report(person, at, mapped, CODE, "an OParl Person", own);
    persons.put(url, Converted.of("Person " + url, json, own));
    return url;
  }

  // ---- files

  /**
   * Writes documents as files: the first of each kind in {@code slots} in its slot, the first
   * document of all in {@code first} where given (a paper's main file), the rest as auxiliary files.
   */
  private void files(List<Document> documents, String at, String ownerUrl, ObjectNode json,
      Map<DocumentKind, String> slots, @Nullable String first) {
    ArrayNode auxiliary = MAPPER.createArrayNode();
    Set<String> filled = new java.util.HashSet<>();
    int lastSlot = -1;
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      String dAt = at + "[" + i + "]";
      ObjectNode file = file(d, dAt, ownerUrl + "/file/" + d.id().filter(id -> !OparlExporter.isUrl(id))
          .map(OparlExport::key).orElse(String.valueOf(i + 1)));
      if (file == null) {
        continue;
      }
      // a slot is filled only from the head of the list, in the slots' order, so that the files
      // keep their order: once a file is auxiliary, so is every one after it
      String slot = i == 0 && first != null ? first : slots.get(d.kind());
      if (slot != null && auxiliary.isEmpty() && order(slot) > lastSlot && filled.add(slot)) {
        lastSlot = order(slot);
        json.set(slot, file);
      } else {
        auxiliary.add(file);
      }
    }
    if (!auxiliary.isEmpty()) {
      json.set("auxiliaryFile", auxiliary);
    }
  }

  /** Where a slot comes in an OParl object's files, as OparlImport reads them. */
  private static int order(String slot) {
    return List.of("mainFile", "invitation", "resultsProtocol", "verbatimProtocol", "resolutionFile").indexOf(slot);
  }

  private @Nullable ObjectNode file(Document d, String at, String minted) {
    Optional<String> access = d.address().filter(OparlExporter::isUrl);
    Set<String> mapped = set("id", "title", "fileName", "mediaType", "date", "provenance");
    if (access.isPresent()) {
      mapped.add("address");
    } else if (d.downloadAddress().filter(OparlExporter::isUrl).isPresent()) {
      access = d.downloadAddress();
      notes.add(new ConversionNote(Kind.HANDLED, "oparl.download-as-access", at, "the file has only a download"
          + " address, written as its accessUrl too"));
    } else {
      notes.add(new ConversionNote(Kind.LEFT_OUT, "oparl.file-no-url", at, "an OParl File needs an accessUrl;"
          + " the document " + d.title().or(d::id).orElse("") + " has no web address and is left out"));
      return null;
    }
    String url = d.id().filter(OparlExporter::isUrl).orElse(minted);
    ObjectNode json = object(url, "File");
    d.title().ifPresent(t -> json.put("name", t));
    d.fileName().ifPresent(f -> json.put("fileName", f));
    d.mediaType().ifPresent(t -> json.put("mimeType", t));
    d.date().ifPresent(date -> json.put("date", date.format(DateTimeFormatter.ISO_LOCAL_DATE)));
    if (d.size().isPresent()) {
      Matcher bytes = BYTES.matcher(d.size().get());
      if (bytes.matches()) {
        json.put("size", Long.parseLong(bytes.group(1)));
        mapped.add("size");
      }
    }
    json.put("accessUrl", access.get());
    d.downloadAddress().filter(OparlExporter::isUrl).ifPresent(u -> {
      json.put("downloadUrl", u);
      mapped.add("downloadAddress");
    });
    provenance(d.provenance(), at + ".provenance", json);
    Unmapped.report(d, at, mapped, CODE, "an OParl File", notes);
    return json;
  }

  // ---- common

  private void provenance(Optional<Provenance> provenance, String at, ObjectNode json) {
    if (provenance.isEmpty()) {
      return;
    }
    Provenance p = provenance.get();
    Set<String> mapped = set();
    if (p.created().isPresent() && putDateTime(json, "created", dateTime(p.created().get()), at + ".created")) {
      mapped.add("created");
    }
    if (p.modified().isPresent() && putDateTime(json, "modified", dateTime(p.modified().get()), at + ".modified")) {
      mapped.add("modified");
    }
    Unmapped.report(p, at, mapped, CODE, "OParl's created and modified", notes);
  }

  private void web(String web, String at, ObjectNode json) {
    if (OparlExporter.isUrl(web)) {
      json.put("web", web);
    } else {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.not-a-url", at, "\"" + web + "\" is not an http(s)"
          + " URL, as OParl's web needs; not carried"));
    }
  }

  private List<Converted<ObjectNode>> result(String url, String type, ObjectNode json) {
    List<Converted<ObjectNode>> out = new ArrayList<>();
    out.add(Converted.of(type + " " + url, json, List.copyOf(notes)));
    out.addAll(organizations.values());
    out.addAll(persons.values());
    out.addAll(consultations.values());
    return out;
  }

  private static ObjectNode object(String url, String type) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", url);
    json.put("type", OparlExporter.SCHEMA + type);
    return json;
  }

  private static Set<String> set(String... names) {
    return new java.util.HashSet<>(List.of(names));
  }

  /** The date and time in the zone as an RFC 3339 date-time; empty where the offset has seconds, which RFC 3339 cannot write. */
  static Optional<String> dateTime(LocalDate date, LocalTime time, ZoneId zone) {
    return dateTime(ZonedDateTime.of(date, time, zone).toOffsetDateTime());
  }

  /** The date-time in RFC 3339; empty where its offset has seconds, which RFC 3339 cannot write. */
  static Optional<String> dateTime(OffsetDateTime dateTime) {
    if (dateTime.getOffset().getTotalSeconds() % 60 != 0) {
      return Optional.empty();
    }
    return Optional.of(dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  /** Writes a date-time where RFC 3339 can hold it, and otherwise notes it; whether it was written. */
  private boolean putDateTime(ObjectNode json, String field, Optional<String> value, String at) {
    if (value.isPresent()) {
      json.put(field, value.get());
      return true;
    }
    notes.add(new ConversionNote(Kind.NOT_CARRIED, "oparl.offset-seconds", at, "the time's offset from UTC has"
        + " seconds, which an RFC 3339 date-time cannot write; OParl's " + field + " is left out"));
    return false;
  }

  /** A Minutebook id or name as one path segment of a URL. */
  static String key(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The first 16 hex digits of the SHA-256 of a value's content, for a record without an id. */
  static String digest(Object value) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
