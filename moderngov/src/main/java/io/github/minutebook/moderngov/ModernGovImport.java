package io.github.minutebook.moderngov;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads what a council's ModernGov site publishes, already fetched, into Minutebook values: the
 * web service's {@code GetCommittees} as bodies, {@code GetMeetings} as meetings with what the
 * list knows, {@code GetMeeting} as a meeting with its agenda items, documents and attendees, and
 * the decision pages ({@code ieDecisionDetails.aspx}, a decisions table) as decision records.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("GetMeeting-4967.xml"))) {
 *   Converted<Meeting> meeting = ModernGovImport.meeting(in, "GetMeeting 4967", committee);
 *   meeting.value().ifPresentOrElse(pipeline::accept, () -> System.err.println(meeting.notes()));
 * }
 * }</pre>
 *
 * <p>Every value is mapped or listed: ModernGov's ids are kept as ids, and each element or
 * attribute the model has no place for is listed by its path ({@code
 * /meeting/agendaitems/agendaitem[2]/declarationcount}) in a {@link Kind#NOT_CARRIED} note with
 * code {@code moderngov.not-mapped}. Its quirks are read as meant, each with a {@link Kind#HANDLED}
 * note: dates written {@code dd/MM/yyyy}, times written {@code 10.00 am}, {@code True}/{@code
 * False}, elements holding only whitespace (not stated), counts with a leading space, the agenda
 * number displayed as {@code 1.}, Word HTML escaped once as text (and, where met, twice), an
 * attendee listed as {@code Expected} (not shown present). The XML is parsed with DTDs refused, so
 * no entity is expanded. Nothing here throws on bad data: XML that is not well formed is a
 * {@linkplain Converted#failed failed} value saying why.
 */
public final class ModernGovImport {
  private ModernGovImport() {}

  /**
   * The committees of a {@code GetCommittees} response, each as a body with its id and title. A
   * committee marked {@code committeedeleted} True is failed with a note; the others are read.
   *
   * @param xml the response
   * @return one value per committee, in order; a single failed value when the XML cannot be read
   */
  public static List<Converted<Body>> committees(InputStream xml) {
    Optional<Element> root = root(xml, "committees");
    if (root.isEmpty()) {
      return List.of(unreadable("GetCommittees"));
    }
    List<Converted<Body>> out = new ArrayList<>();
    Xml counts = new Xml();
    List<Element> all = Xml.children(root.get(), "committee");
    checkCount(root.get(), "/committees", "committeescount", all.size(), counts);
    for (int i = 0; i < all.size(); i++) {
      String at = "/committees/committee[" + (i + 1) + "]";
      Xml x = new Xml();
      if (i == 0) {
        counts.notes().forEach(n -> x.note(n.kind(), n.code(), n.path(), n.message()));
      }
      Element committee = all.get(i);
      String where = at + Xml.childText(committee, "committeeid").map(id -> " (committee " + id + ")").orElse("");
      try {
        if (XmlMapping.deleted(committee, at, x)) {
          List<ConversionNote> notes = new ArrayList<>(x.notes());
          notes.add(new ConversionNote(Kind.FAILED, "moderngov.deleted", at, "the committee is marked deleted "
              + "(committeedeleted True); nothing is made of it"));
          out.add(Converted.failed(where, notes));
          continue;
        }
        Body body = XmlMapping.committee(committee, at, x);
        x.leftovers(committee, at);
        out.add(Converted.of(where, body, x.notes()));
      } catch (RuntimeException e) {
        out.add(failed(where, at, x, e));
      }
    }
    return out;
  }

  /**
   * The meetings of a {@code GetMeetings} response, each with what the list gives (id, date,
   * status, time, webcast) and the committee it is listed under as its body.
   *
   * @param xml the response
   * @return one value per meeting, in order; a single failed value when the XML cannot be read
   */
  public static List<Converted<Meeting>> meetings(InputStream xml) {
    Optional<Element> root = root(xml, "getmeetings");
    if (root.isEmpty()) {
      return List.of(unreadable("GetMeetings"));
    }
    List<Converted<Meeting>> out = new ArrayList<>();
    Xml counts = new Xml();
    List<Element> committees = Xml.children(root.get(), "committee");
    int total = 0;
    for (Element c : committees) {
      Element list = Xml.child(c, "committeemeetings");
      total += list == null ? 0 : Xml.children(list, "meeting").size();
    }
    checkCount(root.get(), "/getmeetings", "committeescount", committees.size(), counts);
    checkCount(root.get(), "/getmeetings", "meetingscount", total, counts);
    for (int c = 0; c < committees.size(); c++) {
      Element committee = committees.get(c);
      String cAt = "/getmeetings/committee" + (committees.size() > 1 ? "[" + (c + 1) + "]" : "");
      Xml cx = new Xml();
      Body body = XmlMapping.committee(committee, cAt, cx);
      Element list = Xml.child(committee, "committeemeetings");
      List<Element> meetings = list == null ? List.of() : Xml.children(list, "meeting");
      checkCount(committee, cAt, "committeemeetingcount", meetings.size(), cx);
      if (list != null) {
        cx.use(list);
      }
      for (Element m : meetings) {
        cx.use(m);
      }
      cx.leftovers(committee, cAt);
      for (int i = 0; i < meetings.size(); i++) {
        String at = cAt + "/committeemeetings/meeting" + (meetings.size() > 1 ? "[" + (i + 1) + "]" : "");
        Xml x = new Xml();
        if (i == 0) {
          if (c == 0) {
            counts.notes().forEach(n -> x.note(n.kind(), n.code(), n.path(), n.message()));
          }
          cx.notes().forEach(n -> x.note(n.kind(), n.code(), n.path(), n.message()));
        }
        Element meeting = meetings.get(i);
        String where = at + Xml.childText(meeting, "meetingid").map(id -> " (meeting " + id + ")").orElse("");
        try {
          Meeting value = XmlMapping.listed(meeting, at, body, x);
          x.leftovers(meeting, at);
          out.add(Converted.of(where, value, x.notes()));
        } catch (RuntimeException e) {
          out.add(failed(where, at, x, e));
        }
      }
    }
    return out;
  }

  /**
   * A {@code GetMeeting} response: the meeting with its agenda items, their documents, and the
   * attendees. The response does not name the committee that met; pass it where known (from
   * {@code GetMeetings}).
   *
   * @param xml the response
   * @param source where it was read from, for people ({@code GetMeeting 4967}, a URL)
   * @param committee the committee that met, or null where not known
   * @return the meeting, or why it could not be read
   */
  public static Converted<Meeting> meeting(InputStream xml, String source, @Nullable Body committee) {
    Optional<Element> root = root(xml, "meeting");
    if (root.isEmpty()) {
      return Converted.failed(source, unreadableNotes("GetMeeting"));
    }
    Xml x = new Xml();
    try {
      Meeting meeting = XmlMapping.meeting(root.get(), committee, x);
      x.leftovers(root.get(), "/meeting");
      return Converted.of(source, meeting, x.notes());
    } catch (RuntimeException e) {
      return failed(source, "/meeting", x, e);
    }
  }

  /**
   * A decision's details page ({@code ieDecisionDetails.aspx}, its {@code #modgov} part or the
   * whole page) as a decision record: title, decision maker, status, dates, the meeting it was
   * decided at, the decision text as a resolution with its key-decision and call-in flags, and
   * the accompanying documents.
   *
   * @param html the page
   * @param address the page's address, or null; relative links are resolved against it and its
   *     {@code ID} is the record's id
   * @return the record, or why it could not be read
   */
  public static Converted<DecisionRecord> decision(String html, @Nullable String address) {
    return DecisionPages.details(html, address);
  }

  /**
   * The rows of a table of decisions ({@code mgDelegatedDecisions.aspx}): each row linking to a
   * decision's details becomes a decision record with its id, title, dates and call-in status; a
   * row that links elsewhere is failed as not a decision.
   *
   * @param html the page or the table
   * @param address the page's address, or null; relative links are resolved against it
   * @return one value per row, in order
   */
  public static List<Converted<DecisionRecord>> decisions(String html, @Nullable String address) {
    return DecisionPages.list(html, address);
  }

  private static void checkCount(Element parent, String at, String name, int actual, Xml x) {
    Optional<Integer> count = x.integer(parent, at, name);
    if (count.isPresent() && count.get() != actual) {
      x.note(Kind.HANDLED, "moderngov.count-mismatch", at + "/" + name, "the response says " + count.get()
          + " but holds " + actual + "; what it holds is read");
    }
  }

  private static Optional<Element> root(InputStream xml, String name) {
    try {
      Element root = Xml.parse(xml).getDocumentElement();
      return Optional.ofNullable(Xml.find(root, name));
    } catch (IOException | SAXException e) {
      return Optional.empty();
    }
  }

  private static <T> Converted<T> unreadable(String what) {
    return Converted.failed(what, unreadableNotes(what));
  }

  private static List<ConversionNote> unreadableNotes(String what) {
    return List.of(new ConversionNote(Kind.FAILED, "moderngov.unreadable", "", "not a " + what
        + " response: the XML is not well formed, declares a DTD (refused, so that no entity is expanded), "
        + "or its root element is not the one " + what + " returns"));
  }

  private static <T> Converted<T> failed(String where, String at, Xml x, RuntimeException e) {
    List<ConversionNote> notes = new ArrayList<>(x.notes());
    notes.add(new ConversionNote(Kind.FAILED, "moderngov.unmappable", at, "could not be mapped: " + e.getMessage()));
    return Converted.failed(where, notes);
  }
}
