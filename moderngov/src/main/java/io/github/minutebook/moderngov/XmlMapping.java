package io.github.minutebook.moderngov;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.NoneStated;
import io.github.minutebook.meeting.Publication;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Document;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** Maps the elements of ModernGov's web-service XML, reading through an {@link Xml}. */
final class XmlMapping {
  private XmlMapping() {}

  /** A {@code committee} of GetCommittees or GetMeetings as a body: its id and title. */
  static Body committee(Element committee, String at, Xml xml) {
    Body.Builder body = Body.builder();
    xml.text(committee, at, "committeeid").ifPresent(body::id);
    xml.text(committee, at, "committeetitle").ifPresent(body::name);
    return body.build();
  }

  /** Whether a committee is marked {@code committeedeleted} True. */
  static boolean deleted(Element committee, String at, Xml xml) {
    return xml.bool(committee, at, "committeedeleted").orElse(false);
  }

  /**
   * A {@code meeting} of GetMeetings: what the list knows of it (id, date, status, time, webcast),
   * with the committee it is listed under as its body.
   */
  static Meeting listed(Element meeting, String at, Body committee, Xml xml) {
    Meeting.Builder out = Meeting.builder();
    if (committee.id().isPresent() || committee.name().isPresent()) {
      out.body(committee);
    }
    xml.text(meeting, at, "meetingid").ifPresent(out::id);
    xml.date(meeting, at, "meetingdate").ifPresent(out::date);
    status(xml.text(meeting, at, "meetingstatus"), at + "/meetingstatus", xml).ifPresent(out::status);
    xml.time(meeting, at, "meetingtime").ifPresent(out::plannedStartTime);
    xml.bool(meeting, at, "iswebcast").ifPresent(out::webcast);
    return out.build();
  }

  static Optional<MeetingStatus> status(Optional<String> text, String path, Xml xml) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "confirmed":
        return Optional.of(MeetingStatus.CONFIRMED);
      case "cancelled":
      case "canceled":
        return Optional.of(MeetingStatus.CANCELLED);
      case "postponed":
        return Optional.of(MeetingStatus.POSTPONED);
      default:
        // "Moved", "Not Confirmed", "Draft": a publisher's workflow state, no statement of the meeting
        xml.note(Kind.NOT_CARRIED, "moderngov.status", path, "the meeting status \"" + text.get()
            + "\" says neither that it goes ahead nor that it was cancelled; not carried");
        return Optional.empty();
    }
  }

  /** A GetMeeting response: the meeting with its agenda items, documents and attendees. */
  static Meeting meeting(Element meeting, @Nullable Body committee, Xml xml) {
    Optional<String> committeeName = committee == null ? Optional.empty() : committee.name();
    String at = "/meeting";
    Meeting.Builder out = Meeting.builder();
    if (committee != null) {
      out.body(committee);
    }
    xml.text(meeting, at, "meetingid").ifPresent(out::id);
    Optional<LocalDate> date = xml.date(meeting, at, "meetingdate");
    date.ifPresent(out::date);
    status(xml.text(meeting, at, "meetingstatus"), at + "/meetingstatus", xml).ifPresent(out::status);
    Optional<LocalTime> planned = xml.time(meeting, at, "meetingtime");
    planned.ifPresent(out::plannedStartTime);
    xml.time(meeting, at, "meetingactualstarttime").ifPresent(out::startTime);
    xml.time(meeting, at, "meetingplannedfinishtime").ifPresent(out::plannedEndTime);
    xml.time(meeting, at, "meetingactualfinishtime").ifPresent(out::endTime);
    xml.text(meeting, at, "meetinglocation").ifPresent(out::location);
    xml.bool(meeting, at, "iswebcast").ifPresent(out::webcast);
    Publication.Builder published = Publication.builder();
    xml.bool(meeting, at, "agendapublished").ifPresent(published::agenda);
    xml.bool(meeting, at, "minutepublished").ifPresent(published::minutes);
    xml.bool(meeting, at, "decisionpublished").ifPresent(published::decisions);
    Publication publication = published.build();
    if (!publication.equals(Publication.builder().build())) {
      out.published(publication);
    }
    Optional<String> id = xml.text(meeting, at, "meetingid");
    Optional<String> agendaId = xml.text(meeting, at, "agendaid");
    if (agendaId.isPresent() && agendaId.equals(id)) {
      xml.note(Kind.HANDLED, "moderngov.agenda-id", at + "/agendaid",
          "the agenda id is the meeting id; read as the same record");
    } else if (agendaId.isPresent()) {
      xml.note(Kind.NOT_CARRIED, "moderngov.not-mapped", at + "/agendaid",
          "the model has no place for the agenda id \"" + agendaId.get() + "\"");
    }
    Element items = Xml.child(meeting, "agendaitems");
    if (items != null) {
      xml.use(items);
      List<Element> all = Xml.children(items, "agendaitem");
      for (int i = 0; i < all.size(); i++) {
        String itemAt = at + "/agendaitems/agendaitem[" + (i + 1) + "]";
        out.addAgendaItems(item(all.get(i), itemAt, date, planned, committeeName, xml));
        xml.leftovers(all.get(i), itemAt);
      }
      xml.leftovers(items, at + "/agendaitems");
    }
    Element attendees = Xml.child(meeting, "attendees");
    if (attendees != null) {
      xml.use(attendees);
      List<Element> all = Xml.children(attendees, "attendee");
      for (int i = 0; i < all.size(); i++) {
        String personAt = at + "/attendees/attendee[" + (i + 1) + "]";
        attendee(all.get(i), personAt, xml).ifPresent(out::addAttendance);
        xml.leftovers(all.get(i), personAt);
      }
      xml.leftovers(attendees, at + "/attendees");
    }
    return out.build();
  }

  private static AgendaItem item(Element item, String at, Optional<LocalDate> meetingDate,
      Optional<LocalTime> meetingTime, Optional<String> committee, Xml xml) {
    AgendaItem.Builder out = AgendaItem.builder();
    xml.text(item, at, "agendaitemid").ifPresent(out::id);
    Optional<String> title = xml.text(item, at, "agendaitemtitle");
    title.ifPresent(out::title);
    // three numbers: the sort key, the number printed on the agenda, and the minute number
    xml.integer(item, at, "agendaitemnumber").ifPresent(out::order);
    Optional<String> display = xml.text(item, at, "fulldisplaynumberformat");
    Optional<String> sub = xml.text(item, at, "agendaitemsubnumber");
    if (display.isPresent()) {
      String number = display.get();
      if (number.endsWith(".") && number.length() > 1) {
        number = number.substring(0, number.length() - 1);
        xml.noteOnce("moderngov.display-number", at + "/fulldisplaynumberformat",
            "the agenda number as displayed (\"1.\") read without its closing full stop");
      }
      out.agendaNumber(number);
      sub.ifPresent(s -> xml.note(Kind.HANDLED, "moderngov.sub-number", at + "/agendaitemsubnumber",
          "the sub-number \"" + s + "\" is part of the displayed number"));
    } else {
      sub.ifPresent(s -> xml.note(Kind.NOT_CARRIED, "moderngov.not-mapped", at + "/agendaitemsubnumber",
          "the model has no place for the sub-number \"" + s + "\" without the displayed number"));
    }
    Optional<String> minute = xml.text(item, at, "minutesitemnumber");
    Optional<String> minuteSub = xml.text(item, at, "minutesitemsubnumber");
    if (minute.isPresent()) {
      out.minuteNumber(minute.get() + minuteSub.map(s -> "." + s).orElse(""));
      minuteSub.ifPresent(s -> xml.note(Kind.HANDLED, "moderngov.sub-number", at + "/minutesitemsubnumber",
          "the minute sub-number \"" + s + "\" joined to the minute number with a full stop"));
    } else {
      minuteSub.ifPresent(s -> xml.note(Kind.NOT_CARRIED, "moderngov.not-mapped", at + "/minutesitemsubnumber",
          "the model has no place for the minute sub-number \"" + s + "\" without the minute number"));
    }
    xml.text(item, at, "agendatext").ifPresent(html -> {
      List<Paragraph> text = WordHtml.paragraphs(html, at + "/agendatext", xml);
      if (!text.isEmpty()) {
        out.agendaDescription(WordHtml.flatten(text));
      }
    });
    xml.text(item, at, "minutesnonemptyhtmlbody").ifPresent(html ->
        out.narrative(WordHtml.paragraphs(html, at + "/minutesnonemptyhtmlbody", xml)));
    xml.bool(item, at, "isrestricted").ifPresent(restricted -> {
      out.access(restricted ? Access.EXEMPT : Access.PUBLIC);
      if (restricted) {
        xml.note(Kind.HANDLED, "moderngov.restricted", at + "/isrestricted",
            "a restricted item read as exempt (Part 2) business");
      }
    });
    xml.bool(item, at, "ispubliccanspeak").ifPresent(out::publicMaySpeak);
    Publication.Builder published = Publication.builder();
    xml.bool(item, at, "isminutepublished").ifPresent(published::minutes);
    xml.bool(item, at, "isdecisionpublished").ifPresent(published::decisions);
    Publication publication = published.build();
    if (!publication.equals(Publication.builder().build())) {
      out.published(publication);
    }
    Optional<Boolean> decision = xml.bool(item, at, "isdecision");
    Optional<String> decisionHtml = xml.text(item, at, "decisionnonemptyhtmlbody");
    List<Paragraph> decisionText = decisionHtml.map(h -> WordHtml.paragraphs(h, at + "/decisionnonemptyhtmlbody", xml))
        .orElse(List.of());
    if (!decisionText.isEmpty()) {
      // the decision as the decision notice publishes it: its parts as written, their effect not read
      Resolution.Builder resolution = Resolution.builder();
      meetingDate.ifPresent(resolution::decisionDate);
      decisionText.forEach(p -> resolution.addParts(DecisionPages.part(p)));
      out.addResolutions(resolution.build());
      xml.noteOnce("moderngov.decision-text", at + "/decisionnonemptyhtmlbody", "the item's decision text read as "
          + "a resolution on the meeting's date, one part a paragraph, each part's effect not read (OTHER)");
    }
    if (decision.equals(Optional.of(false))) {
      out.addStatedNone(NoneStated.DECISIONS);
    } else if (decision.isPresent() && decisionText.isEmpty()) {
      xml.note(Kind.NOT_CARRIED, "moderngov.is-decision", at + "/isdecision",
          "the item is marked as a decision without its text; the decision is published on its own page "
              + "(ieDecisionDetails.aspx?AIId=…)");
    }
    Optional<Boolean> callIn = xml.bool(item, at, "iscallin");
    if (callIn.equals(Optional.of(false))) {
      out.addStatedNone(NoneStated.CALL_IN);
    } else if (callIn.isPresent()) {
      xml.note(Kind.NOT_CARRIED, "moderngov.is-call-in", at + "/iscallin",
          "the item is marked as a call-in; the call-in itself is not in the web service's XML");
    }
    // values that repeat the meeting's own
    same(xml.date(item, at, "actualmeetingdate"), meetingDate, at + "/actualmeetingdate", xml);
    same(xml.date(item, at, "meetingdate"), meetingDate, at + "/meetingdate", xml);
    same(xml.time(item, at, "meetingtime"), meetingTime, at + "/meetingtime", xml);
    comment(item, at, "1", out, xml);
    comment(item, at, "2", out, xml);
    Element docs = Xml.child(item, "linkeddocuments");
    if (docs != null) {
      xml.use(docs);
      List<Element> all = Xml.children(docs, "linkeddoc");
      for (int i = 0; i < all.size(); i++) {
        String docAt = at + "/linkeddocuments/linkeddoc[" + (i + 1) + "]";
        out.addDocuments(document(all.get(i), docAt, meetingDate, title, committee, xml));
        xml.leftovers(all.get(i), docAt);
      }
      xml.leftovers(docs, at + "/linkeddocuments");
    }
    return out.build();
  }

  private static <T> void same(Optional<T> value, Optional<T> meeting, String path, Xml xml) {
    if (value.isEmpty()) {
      return;
    }
    if (value.equals(meeting)) {
      xml.noteOnce("moderngov.repeated", path, "the meeting's date and time repeated on its items and "
          + "documents read as the meeting's own");
    } else {
      xml.note(Kind.NOT_CARRIED, "moderngov.not-mapped", path, "the model has no place for " + value.get()
          + ", which differs from the meeting's " + meeting.map(String::valueOf).orElse("(none)"));
    }
  }

  private static void repeated(Element doc, String at, String name, Optional<String> known, Xml xml) {
    Element e = Xml.child(doc, name);
    if (e != null && known.isPresent() && e.getTextContent().strip().equals(known.get())) {
      xml.use(e);
      xml.noteOnce("moderngov.repeated-title", at + "/" + name, "the item's title and the committee's, repeated on "
          + "its documents, read as the item's and the meeting's own");
    }
  }

  /** {@code commentlabelN} names a field and {@code commenttextN} fills it ("Presented By"). */
  private static void comment(Element item, String at, String n, AgendaItem.Builder out, Xml xml) {
    Optional<String> label = xml.text(item, at, "commentlabel" + n);
    Optional<String> text = xml.text(item, at, "commenttext" + n);
    if (text.isEmpty()) {
      label.ifPresent(l -> xml.noteOnce("moderngov.comment-label", at + "/commentlabel" + n,
          "a comment field's label (\"" + l + "\") with no text states nothing"));
      return;
    }
    if (label.isPresent() && label.get().equalsIgnoreCase("Presented By")) {
      out.addPresenters(Person.named(text.get()));
      return;
    }
    xml.note(Kind.NOT_CARRIED, "moderngov.not-mapped", at + "/commenttext" + n, "the model has no place for "
        + label.map(l -> l + ": ").orElse("") + "\"" + text.get() + "\"");
  }

  private static Document document(Element doc, String at, Optional<LocalDate> meetingDate, Optional<String> item,
      Optional<String> committee, Xml xml) {
    Document.Builder out = Document.builder();
    xml.text(doc, at, "attachmentid").ifPresent(out::id);
    xml.text(doc, at, "title").ifPresent(out::title);
    xml.text(doc, at, "url").ifPresent(out::address);
    xml.bool(doc, at, "isurl").ifPresent(isUrl -> xml.noteOnce("moderngov.is-url", at + "/isurl",
        "isurl says whether the link is to another site rather than to a file; the address is kept either way"));
    xml.bool(doc, at, "isrestricted").ifPresent(r -> out.access(r ? Access.EXEMPT : Access.PUBLIC));
    xml.text(doc, at, "itemnum").ifPresent(out::number);
    xml.date(doc, at, "publicationdate").ifPresent(out::date);
    same(xml.date(doc, at, "meetingdate"), meetingDate, at + "/meetingdate", xml);
    // the item's title and the committee, repeated on each document: read where they agree
    repeated(doc, at, "ownertitle", item, xml);
    repeated(doc, at, "committeetitle", committee, xml);
    return out.build();
  }

  private static Optional<Attendance> attendee(Element attendee, String at, Xml xml) {
    Optional<String> name = xml.attribute(attendee, at, "name");
    Person.Builder person = Person.builder();
    xml.attribute(attendee, at, "memberid").ifPresent(person::id);
    if (name.isPresent()) {
      String n = name.get();
      for (String honorific : List.of("Councillor ", "Cllr ", "Cllr. ")) {
        if (n.startsWith(honorific) && n.length() > honorific.length()) {
          person.honorific(honorific.strip());
          n = n.substring(honorific.length()).strip();
          xml.noteOnce("moderngov.honorific", at + "/@name",
              "\"Councillor\" before a name read as the honorific");
          break;
        }
      }
      person.name(n);
    }
    xml.attribute(attendee, at, "ward").ifPresent(person::ward);
    xml.attribute(attendee, at, "politicalparty").ifPresent(p -> person.party(Body.builder().abbreviation(p).build()));
    xml.attribute(attendee, at, "keyposts").ifPresent(person::post);
    xml.text(attendee, at, "url").ifPresent(person::web);
    Optional<String> representing = xml.attribute(attendee, at, "representing");
    Optional<String> role = xml.attribute(attendee, at, "roledescription");
    Optional<AttendanceRole> capacity = role.flatMap(XmlMapping::capacity);
    if (role.isPresent() && capacity.isEmpty()) {
      xml.note(Kind.NOT_CARRIED, "moderngov.not-mapped", at + "/@roledescription",
          "the role \"" + role.get() + "\" is not a place on the body the model names; not carried");
    }
    Optional<String> attendance = xml.attribute(attendee, at, "attendance");
    Attendance.Builder out = Attendance.builder().person(person.build());
    representing.ifPresent(r -> out.addRepresenting(Body.named(r)));
    String said = attendance.map(a -> a.toLowerCase(Locale.ROOT)).orElse("");
    if (said.equals("present") || said.equals("in attendance")) {
      out.role(capacity.orElse(said.equals("present") ? AttendanceRole.PRESENT : AttendanceRole.IN_ATTENDANCE));
    } else if (said.startsWith("present as substitute") || said.equals("substitute")) {
      out.role(AttendanceRole.SUBSTITUTE);
    } else if (said.startsWith("apolog")) {
      out.role(AttendanceRole.APOLOGIES);
      capacity.ifPresent(out::capacity);
    } else if (said.equals("absent")) {
      out.role(AttendanceRole.ABSENT);
      capacity.ifPresent(out::capacity);
    } else {
      // "Expected" (the list before the meeting), or no word at all: on the list, not shown present
      out.role(AttendanceRole.EXPECTED);
      capacity.ifPresent(out::capacity);
      if (said.equals("expected")) {
        xml.noteOnce("moderngov.expected", at + "/@attendance",
            "attendance=\"Expected\" read as listed to attend, not as present");
      } else if (attendance.isPresent()) {
        xml.note(Kind.HANDLED, "moderngov.attendance", at + "/@attendance", "attendance=\""
            + attendance.get() + "\" is not a known word; read as listed, not as present");
      }
    }
    return Optional.of(out.build());
  }

  /** The place on the body a role description names, where it names one. */
  static Optional<AttendanceRole> capacity(String role) {
    String r = role.toLowerCase(Locale.ROOT).replace('-', ' ');
    if (r.contains("vice chair")) {
      return Optional.of(AttendanceRole.VICE_CHAIR);
    }
    if (r.equals("chair") || r.equals("chairman") || r.equals("chairwoman") || r.equals("chairperson")
        || r.equals("chair of the committee")) {
      return Optional.of(AttendanceRole.CHAIR);
    }
    if (r.contains("substitute")) {
      return Optional.of(AttendanceRole.SUBSTITUTE);
    }
    if (r.equals("committee member") || r.equals("member") || r.equals("board member")
        || r.equals("panel member") || r.equals("cabinet member") || r.equals("voting member")) {
      return Optional.of(AttendanceRole.MEMBER_PRESENT);
    }
    if (r.equals("officer") || r.contains("officer in attendance")) {
      return Optional.of(AttendanceRole.OFFICER_IN_ATTENDANCE);
    }
    return Optional.empty();
  }
}
