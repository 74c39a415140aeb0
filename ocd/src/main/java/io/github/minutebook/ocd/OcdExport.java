package io.github.minutebook.ocd;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Amendment;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.MotionKind;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.exchange.Unmapped;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the OCD objects of one record; one instance per record. */
final class OcdExport {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String CODE = "ocd.no-field";

  private final OcdExporter exporter;
  private final CouncilRecord record;
  /** Notes on the event (or, for a decision record, on nothing that becomes an object). */
  private final List<ConversionNote> notes = new ArrayList<>();
  private final List<Converted<ObjectNode>> votes = new ArrayList<>();

  OcdExport(OcdExporter exporter, CouncilRecord record) {
    this.exporter = exporter;
    this.record = record;
  }

  /** Where a vote was taken: what the vote event says of its context. */
  private record Context(String label, @Nullable LocalDate date, @Nullable ZoneId zone, @Nullable String organization,
      @Nullable String session, @Nullable String bill, ArrayNode sources) {}

  List<Converted<ObjectNode>> objects() {
    List<Converted<ObjectNode>> out = new ArrayList<>();
    if (record instanceof Meeting meeting) {
      ObjectNode event = event(meeting);
      out.add(Converted.of("event " + meeting.id().orElse(meeting.title().orElse("")), event, List.copyOf(notes)));
    } else if (record instanceof DecisionRecord d) {
      Context context = new Context(d.reference().or(d::id).or(d::title).orElse("decision record"),
          d.decisionDate().or(d::date).orElse(null), null,
          d.decisionMaker().map(Party::displayName).or(() -> d.authority().map(Body::displayName)).orElse(null),
          null, d.reference().or(d::id).orElse(null), sources(d.provenance(), Optional.empty()));
      for (int r = 0; r < d.decisions().size(); r++) {
        resolution(d.decisions().get(r), "decisions[" + r + "]", context, MAPPER.createArrayNode());
      }
    }
    out.addAll(votes);
    return out;
  }

  // ---- events

  private ObjectNode event(Meeting m) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("_type", "event");
    Set<String> mapped = new HashSet<>(Set.of("agendaItems", "attendance", "documents", "provenance"));
    m.id().ifPresent(id -> {
      json.put("id", id);
      mapped.add("id");
    });
    m.title().ifPresent(t -> {
      json.put("name", t);
      mapped.add("title");
    });
    m.kind().ifPresent(k -> {
      json.put("classification", k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      mapped.add("kind");
    });
    if (m.date().isPresent()) {
      mapped.add("date");
      json.put("start_date", when(m.date().get(), m.startTime().orElse(null), m.zone().orElse(null), "startTime",
          mapped));
      m.endTime().ifPresent(end -> json.put("end_date", when(m.date().get(), end, m.zone().orElse(null), "endTime",
          mapped)));
      if (m.zone().isPresent() && (m.startTime().isPresent() || m.endTime().isPresent())) {
        mapped.add("zone");
      }
    }
    m.status().ifPresent(s -> {
      String status = switch (s) {
        case SCHEDULED, CONFIRMED -> "confirmed";
        case HELD, ADJOURNED -> "passed";
        case CANCELLED -> "cancelled";
        case POSTPONED -> null;
      };
      if (status != null) {
        json.put("status", status);
        mapped.add("status");
      }
      if (s == MeetingStatus.ADJOURNED) {
        notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.adjourned", "status", "the meeting was held and"
            + " adjourned; OCD's status says only that it passed"));
      }
    });
    location(m, json, mapped);
    ArrayNode participants = MAPPER.createArrayNode();
    m.body().ifPresent(b -> {
      participants.add(participant(b.displayName(), "organization", "host"));
      mapped.add("body");
    });
    for (int i = 0; i < m.attendance().size(); i++) {
      Attendance a = m.attendance().get(i);
      String at = "attendance[" + i + "]";
      Set<AttendanceRole> away = Set.of(AttendanceRole.APOLOGIES, AttendanceRole.LEAVE_OF_ABSENCE,
          AttendanceRole.ABSENT, AttendanceRole.EXPECTED);
      if (away.contains(a.role())) {
        notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.not-present", at, "OCD's participants are those who"
            + " took part; " + a.person().displayName() + ", recorded as " + a.role() + ", is not carried"));
        continue;
      }
      participants.add(participant(a.person().displayName(), "person", role(a.role())));
      Unmapped.report(a, at, Set.of("person", "role"), CODE, "an OCD event's participant", notes);
    }
    if (!participants.isEmpty()) {
      json.set("participants", participants);
    }
    ArrayNode documents = MAPPER.createArrayNode();
    ArrayNode media = MAPPER.createArrayNode();
    documents(m.documents(), "documents", null, documents, media);
    Context context = new Context(m.title().orElse("meeting"), m.date().orElse(null), m.zone().orElse(null),
        m.body().map(Body::displayName).orElse(null), m.term().orElse(null), null, sources(m.provenance(), m.web()));
    if (m.term().isPresent()) {
      mapped.add("term"); // as the legislative session of its vote events
    }
    ArrayNode agenda = MAPPER.createArrayNode();
    for (int i = 0; i < m.agendaItems().size(); i++) {
      agenda.add(agendaItem(m.agendaItems().get(i), i, context, documents, media));
    }
    if (!agenda.isEmpty()) {
      json.set("agenda", agenda);
    }
    if (!documents.isEmpty()) {
      json.set("documents", documents);
    }
    if (!media.isEmpty()) {
      json.set("media", media);
    }
    ArrayNode sources = sources(m.provenance(), m.web());
    if (m.web().isPresent() && OcdExporter.isUri(m.web().get())) {
      mapped.add("web");
    }
    if (!sources.isEmpty()) {
      json.set("sources", sources);
    }
    Unmapped.report(m, "", mapped, CODE, "an OCD event", notes);
    return json;
  }

  private void location(Meeting m, ObjectNode json, Set<String> mapped) {
    Optional<Address> address = m.venue().flatMap(v -> v.address());
    String addressText = address.map(OcdExport::address).orElse("");
    String name = Stream.of(m.location().orElse(""), addressText).filter(s -> !s.isBlank())
        .collect(Collectors.joining(", "));
    Optional<String> url = m.venue().flatMap(v -> v.web()).filter(OcdExporter::isUri);
    if (name.isEmpty() && url.isEmpty()) {
      return;
    }
    ObjectNode location = json.putObject("location");
    if (!name.isEmpty()) {
      location.put("name", name);
    }
    url.ifPresent(u -> location.put("url", u));
    mapped.add("location");
    if (m.venue().isPresent()) {
      mapped.add("venue");
      Set<String> venueMapped = new HashSet<>();
      if (address.isPresent()) {
        venueMapped.add("address");
      }
      if (url.isPresent()) {
        venueMapped.add("web");
      }
      Unmapped.report(m.venue().get(), "venue", venueMapped, CODE, "an OCD event's location", notes);
    }
  }

  private static String address(Address a) {
    return Stream.of(a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.countryName())
        .flatMap(Optional::stream).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
  }

  private static ObjectNode participant(String name, String type, String note) {
    ObjectNode p = MAPPER.createObjectNode();
    p.put("name", name);
    p.put("type", type);
    p.put("note", note);
    return p;
  }

  private static String role(AttendanceRole role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private ObjectNode agendaItem(AgendaItem item, int index, Context meeting, ArrayNode documents, ArrayNode media) {
    String at = "agendaItems[" + index + "]";
    ObjectNode json = MAPPER.createObjectNode();
    Set<String> mapped = new HashSet<>(Set.of("resolutions", "motions", "documents", "consultations", "presenters"));
    Optional<String> description = item.title().or(item::agendaDescription);
    json.put("description", description.orElse(""));
    item.title().ifPresent(t -> mapped.add("title"));
    if (item.title().isEmpty()) {
      item.agendaDescription().ifPresent(d -> mapped.add("agendaDescription"));
    }
    Optional<String> order = item.agendaNumber().or(() -> item.order().map(String::valueOf));
    order.ifPresent(o -> json.put("order", o));
    item.agendaNumber().ifPresent(n -> mapped.add("agendaNumber"));
    if (item.agendaNumber().isEmpty()) {
      item.order().ifPresent(o -> mapped.add("order"));
    }
    item.result().ifPresent(r -> {
      json.put("notes", r);
      mapped.add("result");
    });
    ArrayNode related = MAPPER.createArrayNode();
    String bill = null;
    for (Consultation c : item.consultations()) {
      Optional<String> paper = c.recordId().or(c::id);
      if (paper.isPresent()) {
        related.add(entity("bill", paper.get(), c.role().orElse(null)));
        if (bill == null) {
          bill = paper.get();
        }
      }
    }
    for (Party presenter : item.presenters()) {
      related.add(entity(presenter instanceof Person ? "person" : "organization", presenter.displayName(), "presenter"));
    }
    Context context = new Context(description.orElse(meeting.label()), meeting.date(), meeting.zone(),
        meeting.organization(), meeting.session(), bill, meeting.sources());
    for (int r = 0; r < item.resolutions().size(); r++) {
      resolution(item.resolutions().get(r), at + ".resolutions[" + r + "]", context, related);
    }
    for (int k = 0; k < item.motions().size(); k++) {
      motion(item.motions().get(k), at + ".motions[" + k + "]", context, related);
    }
    if (!related.isEmpty()) {
      json.set("related_entities", related);
    }
    documents(item.documents(), at + ".documents", order.map(o -> "item " + o).orElse("item " + (index + 1)),
        documents, media);
    Unmapped.report(item, at, mapped, CODE, "an OCD agenda item", notes);
    return json;
  }

  private static ObjectNode entity(String type, String name, @Nullable String note) {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("entity_type", type);
    e.put("name", name);
    if (note != null) {
      e.put("note", note);
    }
    return e;
  }

  /** Documents with a web address as the event's documents (recordings as its media); the others noted. */
  private void documents(List<Document> docs, String at, @Nullable String item, ArrayNode documents, ArrayNode media) {
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      String dAt = at + "[" + i + "]";
      Optional<String> url = d.address().or(d::downloadAddress).filter(OcdExporter::isUri);
      if (url.isEmpty()) {
        notes.add(new ConversionNote(Kind.LEFT_OUT, "ocd.document-no-url", dAt, "an OCD document is a link; "
            + d.title().or(d::id).orElse("the document") + " has no web address and is left out"));
        continue;
      }
      Set<String> mapped = new HashSet<>(Set.of("address", "title", "mediaType", "date"));
      if (d.address().filter(OcdExporter::isUri).isEmpty()) {
        mapped.add("downloadAddress");
      }
      String name = (item == null ? "" : item + ": ") + d.title().orElse(d.kind().name().toLowerCase(Locale.ROOT)
          .replace('_', ' '));
      if (d.kind() == DocumentKind.RECORDING) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("name", name);
        m.put("type", "recording");
        d.date().ifPresent(date -> m.put("date", date.toString()));
        ObjectNode link = m.putArray("links").addObject();
        d.mediaType().ifPresent(t -> link.put("media_type", t));
        link.put("url", url.get());
        media.add(m);
      } else {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("note", name);
        doc.put("url", url.get());
        d.mediaType().ifPresent(t -> doc.put("media_type", t));
        d.date().ifPresent(date -> doc.put("date", date.toString()));
        documents.add(doc);
      }
      Unmapped.report(d, dAt, mapped, CODE, "an OCD document link", notes);
    }
  }

  // ---- votes

  private void resolution(Resolution resolution, String at, Context context, ArrayNode related) {
    String text = Stream.concat(resolution.preamble().stream(), resolution.parts().stream()
        .map(p -> p.label().map(l -> l + " ").orElse("") + p.text())).collect(Collectors.joining("\n\n"));
    LocalTime time = resolution.time().orElse(null);
    resolution.vote().ifPresent(v -> vote(v, at + ".vote", text, null, time, resolution.decisionDate().orElse(null),
        context, related));
    parts(resolution.parts(), at + ".parts", time, resolution.decisionDate().orElse(null), context, related);
    amendments(resolution.amendments(), at + ".amendments", time, context, related);
    if (resolution.vote().isPresent()) {
      Unmapped.report(resolution, at, Set.of("vote", "parts", "preamble", "time", "decisionDate", "amendments"), CODE,
          "an OCD vote event", notes);
    } else {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.no-vote", at, "OCD records decisions as votes; a"
          + " resolution without a vote of its own is carried only through the votes on its parts or amendments,"
          + " if any"));
    }
  }

  private void parts(List<ResolutionPart> parts, String at, @Nullable LocalTime time, @Nullable LocalDate date,
      Context context, ArrayNode related) {
    for (int p = 0; p < parts.size(); p++) {
      ResolutionPart part = parts.get(p);
      String pAt = at + "[" + p + "]";
      part.vote().ifPresent(v -> vote(v, pAt + ".vote", part.label().map(l -> l + " ").orElse("") + part.text(),
          null, time, date, context, related));
      parts(part.parts(), pAt + ".parts", time, date, context, related);
    }
  }

  private void amendments(List<Amendment> amendments, String at, @Nullable LocalTime time, Context context,
      ArrayNode related) {
    for (int a = 0; a < amendments.size(); a++) {
      Amendment amendment = amendments.get(a);
      String aAt = at + "[" + a + "]";
      amendment.vote().ifPresent(v -> vote(v, aAt + ".vote", amendment.text(), "amendment-passage", time, null,
          context, related));
      amendments(amendment.amendments(), aAt + ".amendments", time, context, related);
    }
  }

  private void motion(Motion motion, String at, Context context, ArrayNode related) {
    motion.vote().ifPresent(v -> vote(v, at + ".vote", motion.text().orElse(""),
        motion.kind().filter(k -> k == MotionKind.AMENDMENT).map(k -> "amendment-passage").orElse(null),
        motion.time().orElse(null), null, context, related));
    if (motion.vote().isPresent()) {
      Unmapped.report(motion, at, Set.of("vote", "text", "kind", "time"), CODE, "an OCD vote event", notes);
    } else {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.no-vote", at, "OCD records motions as votes; a motion"
          + " without a vote is not carried"));
    }
  }

  private void vote(Vote vote, String at, String motionText, @Nullable String classification,
      @Nullable LocalTime outerTime, @Nullable LocalDate ownDate, Context context, ArrayNode related) {
    List<ConversionNote> own = new ArrayList<>();
    ObjectNode json = MAPPER.createObjectNode();
    json.put("_type", "vote_event");
    Set<String> mapped = new HashSet<>(Set.of("counts", "namedVotes"));
    vote.identifier().ifPresent(i -> {
      json.put("identifier", i);
      mapped.add("identifier");
    });
    if (!motionText.isBlank()) {
      json.put("motion_text", motionText);
    }
    if (classification != null) {
      json.putArray("motion_classification").add(classification);
    }
    LocalDate date = ownDate != null ? ownDate : context.date();
    LocalTime time = vote.time().orElse(outerTime);
    if (date != null) {
      if (time != null && context.zone() != null) {
        ZonedDateTime at2 = ZonedDateTime.of(date, time.withNano(0), context.zone());
        if (at2.getOffset().getTotalSeconds() % 60 == 0) {
          json.put("start_date", at2.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
          vote.time().ifPresent(t -> mapped.add("time"));
        } else {
          json.put("start_date", date.toString());
        }
      } else {
        json.put("start_date", date.toString());
      }
    }
    vote.result().ifPresent(r -> {
      json.put("result", r == VoteResult.CARRIED ? "pass" : "fail");
      mapped.add("result");
    });
    if (context.organization() != null) {
      json.put("organization", context.organization());
    }
    if (context.session() != null) {
      json.put("legislative_session", context.session());
    }
    if (context.bill() != null) {
      json.put("bill", context.bill());
    }
    ArrayNode votes = MAPPER.createArrayNode();
    for (int i = 0; i < vote.namedVotes().size(); i++) {
      NamedVote named = vote.namedVotes().get(i);
      if (named.voter().displayName().isBlank() && named.voter().id().isEmpty()) {
        own.add(new ConversionNote(Kind.LEFT_OUT, "ocd.unnamed-voter", at + ".namedVotes[" + i + "]", "a vote by"
            + " someone with neither name nor id cannot be attributed; left out"));
        continue;
      }
      ObjectNode v = votes.addObject();
      named.option().ifPresent(o -> v.put("option", option(o)));
      if (!named.voter().displayName().isBlank()) {
        v.put("voter_name", named.voter().displayName());
      }
      named.voter().id().ifPresent(id -> v.put("voter_id", id));
      named.explanation().ifPresent(e -> v.put("note", e));
      if (named.option().isEmpty()) {
        own.add(new ConversionNote(Kind.HANDLED, "ocd.no-option", at + ".namedVotes[" + i + "]", "how "
            + named.voter().displayName() + " voted is not recorded; the vote is written without an option"));
      }
    }
    if (vote.counts().containsKey(VoteOption.CONFLICT_OF_INTEREST) || vote.namedVotes().stream()
        .anyMatch(n -> n.option().equals(Optional.of(VoteOption.CONFLICT_OF_INTEREST)))) {
      own.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.conflict-of-interest", at, "OCD has no option for a"
          + " conflict of interest; written as \"other\""));
    }
    ArrayNode counts = MAPPER.createArrayNode();
    for (VoteOption option : VoteOption.values()) {
      Integer n = vote.counts().get(option);
      if (n != null) {
        ObjectNode c = counts.addObject();
        c.put("option", option(option));
        c.put("value", n.intValue());
      }
    }
    if (!votes.isEmpty()) {
      json.set("votes", votes);
    }
    if (!counts.isEmpty()) {
      json.set("counts", counts);
    }
    if (!context.sources().isEmpty()) {
      json.set("sources", context.sources().deepCopy());
    }
    Unmapped.report(vote, at, mapped, CODE, "an OCD vote event", own);
    String label = vote.identifier().orElse(motionText.isBlank() ? context.label() : motionText);
    related.add(entity("vote_event", label, null));
    this.votes.add(Converted.of("vote_event " + at, json, own));
  }

  /** OCD's option for a Minutebook one; a conflict of interest, which OCD has no option for, is "other". */
  static String option(VoteOption option) {
    return switch (option) {
      case NOT_VOTING -> "not voting";
      case CONFLICT_OF_INTEREST -> "other";
      default -> option.name().toLowerCase(Locale.ROOT);
    };
  }

  // ---- common

  private ArrayNode sources(Optional<Provenance> provenance, Optional<String> web) {
    ArrayNode sources = MAPPER.createArrayNode();
    Set<String> seen = new HashSet<>();
    web.filter(OcdExporter::isUri).ifPresent(w -> source(sources, seen, w, "the meeting's web page"));
    provenance.flatMap(Provenance::address).filter(OcdExporter::isUri)
        .ifPresent(a -> source(sources, seen, a, provenance.flatMap(Provenance::publisher).orElse("")));
    exporter.source().ifPresent(s -> source(sources, seen, s, ""));
    return sources;
  }

  private static void source(ArrayNode sources, Set<String> seen, String url, String note) {
    if (seen.add(url)) {
      ObjectNode s = sources.addObject();
      s.put("url", url);
      if (!note.isEmpty()) {
        s.put("note", note);
      }
    }
  }

  /** A date, with the time and offset where both are known; what is not written is noted. */
  private String when(LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone, String field,
      Set<String> mapped) {
    if (time == null) {
      return date.toString();
    }
    if (zone == null) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.no-zone", field, "the time " + time + " is not"
          + " carried: OCD's date-times need an offset and the meeting's time zone is not known"));
      return date.toString();
    }
    if (time.getNano() != 0) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.fraction", field, "Popolo's date-times have whole"
          + " seconds; the fraction of " + time + " is not carried"));
    }
    ZonedDateTime at = ZonedDateTime.of(date, time.withNano(0), zone);
    if (at.getOffset().getTotalSeconds() % 60 != 0) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, "ocd.offset-seconds", field, "the offset " + at.getOffset()
          + " has seconds, which an ISO 8601 date-time cannot write; the time is not carried"));
      return date.toString();
    }
    mapped.add(field);
    return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
