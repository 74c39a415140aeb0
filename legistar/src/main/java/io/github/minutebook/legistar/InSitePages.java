package io.github.minutebook.legistar;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the result tables of saved Legistar InSite pages, the web site a city runs beside the Web
 * API ({@code https://{client}.legistar.com/…}): the calendar ({@code Calendar.aspx}) as
 * meetings, the legislation search ({@code Legislation.aspx}) as decision records of kind
 * {@code legislation}.
 *
 * <pre>{@code
 * String html = Files.readString(Path.of("Calendar.aspx.html"));
 * List<Converted<Meeting>> meetings =
 *     InSitePages.calendar(html, "https://nyc.legistar.com/Calendar.aspx", ZoneId.of("America/New_York"));
 * }</pre>
 *
 * <p>Columns are found by their headings, so a city's own choice and order of columns is read;
 * a column this class does not know is listed, cell by cell, as not carried (pointer {@code
 * /rows/{row}/{heading}}). Dates {@code m/d/yyyy} and times {@code 10:00 AM} are read as local;
 * the zone is the one given, or stays unknown. "Not available" and an empty cell state nothing.
 */
public final class InSitePages {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

  private InSitePages() {}

  /**
   * The meetings of a calendar page, one per row, with no zone.
   *
   * @param html the page
   * @param pageUrl the page's address, against which its links are resolved
   * @return one converted meeting per row, in page order; empty when the page has no result table
   */
  public static List<Converted<Meeting>> calendar(String html, String pageUrl) {
    return calendar(html, pageUrl, null);
  }

  /**
   * The meetings of a calendar page, one per row, in the city's zone.
   *
   * @param html the page
   * @param pageUrl the page's address, against which its links are resolved
   * @param zone the city's zone, which the page does not state; null to leave it unknown
   * @return one converted meeting per row, in page order; empty when the page has no result table
   */
  public static List<Converted<Meeting>> calendar(String html, String pageUrl, @Nullable ZoneId zone) {
    return rows(html, pageUrl, (row, cells) -> meeting(row, cells, zone));
  }

  /**
   * The matters of a legislation search page, one per row.
   *
   * @param html the page
   * @param pageUrl the page's address, against which its links are resolved
   * @return one converted record per row, in page order; empty when the page has no result table
   */
  public static List<Converted<DecisionRecord>> legislation(String html, String pageUrl) {
    return rows(html, pageUrl, InSitePages::matter);
  }

  /** One row's cells by heading. */
  private static final class Cells {
    final String at;
    final List<String> headings;
    final Elements tds;
    final Source source = new Source();
    final boolean[] used;

    Cells(String at, List<String> headings, Elements tds) {
      this.at = at;
      this.headings = headings;
      this.tds = tds;
      this.used = new boolean[tds.size()];
    }

    String path(String heading) {
      return Source.at(at, heading);
    }

    @Nullable Element cell(String... names) {
      for (String name : names) {
        for (int i = 0; i < headings.size() && i < tds.size(); i++) {
          if (headings.get(i).equalsIgnoreCase(name)) {
            used[i] = true;
            return tds.get(i);
          }
        }
      }
      return null;
    }

    /** The cell's text, line breaks kept; empty when blank or "Not available". */
    Optional<String> text(String... names) {
      Element cell = cell(names);
      if (cell == null) {
        return Optional.empty();
      }
      return text(cell, path(names[0]));
    }

    Optional<String> text(Element cell, String path) {
      Element copy = cell.clone();
      for (Element br : copy.select("br")) {
        br.after(new TextNode("\n"));
      }
      String text = copy.wholeText().replace('\u00a0', ' ');
      StringBuilder out = new StringBuilder();
      for (String line : text.split("\n")) {
        String l = line.strip().replaceAll("[ \\t]{2,}", " ");
        if (!l.isEmpty()) {
          out.append(out.length() == 0 ? "" : "\n").append(l);
        }
      }
      String t = out.toString();
      if (t.isEmpty()) {
        return Optional.empty();
      }
      if (t.equalsIgnoreCase("not available")) {
        source.note(Kind.HANDLED, "legistar.not-available", path, "\"Not available\" read as not stated");
        return Optional.empty();
      }
      return Optional.of(t);
    }

    /** The address the cell links to, resolved; empty when it links nowhere. */
    Optional<String> link(String... names) {
      Element cell = cell(names);
      if (cell == null) {
        return Optional.empty();
      }
      Element a = cell.selectFirst("a[href]");
      if (a == null || a.attr("href").startsWith("javascript:")) {
        return Optional.empty();
      }
      String url = a.absUrl("href");
      return url.isEmpty() ? Optional.of(a.attr("href")) : Optional.of(url);
    }

    Optional<LocalDate> date(String... names) {
      Optional<String> text = text(names);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text.get(), DATE));
      } catch (DateTimeParseException e) {
        source.note(Kind.NOT_CARRIED, "legistar.bad-date", path(names[0]), "\"" + text.get()
            + "\" is not a date (m/d/yyyy); not carried");
        return Optional.empty();
      }
    }

    /** Lists the cells of columns not read, where they say anything. */
    void leftovers() {
      for (int i = 0; i < tds.size(); i++) {
        if (used[i]) {
          continue;
        }
        String heading = i < headings.size() ? headings.get(i) : "column " + (i + 1);
        String path = path(heading.isEmpty() ? "column " + (i + 1) : heading);
        Optional<String> text = text(tds.get(i), path);
        Element a = tds.get(i).selectFirst("a[href]");
        String shown = text.orElse("") + (a == null ? "" : (text.isPresent() ? " " : "") + "<" + a.absUrl("href") + ">");
        if (!shown.isBlank()) {
          source.note(Kind.NOT_CARRIED, "legistar.not-mapped", path, "the model has no place for " + shown);
        }
      }
    }
  }

  private static <T> List<Converted<T>> rows(String html, String pageUrl, BiFunction<Element, Cells, T> mapping) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, pageUrl);
    Element table = page.selectFirst("table.rgMasterTable");
    List<Converted<T>> out = new ArrayList<>();
    if (table == null) {
      return out;
    }
    List<String> headings = new ArrayList<>();
    for (Element th : table.select("> thead > tr > th")) {
      String heading = th.text().replace('\u00a0', ' ').strip();
      if (heading.isEmpty()) {
        Element img = th.selectFirst("img[alt]");
        heading = img == null ? "" : img.attr("alt");
      }
      headings.add(heading);
    }
    Elements trs = table.select("> tbody > tr.rgRow, > tbody > tr.rgAltRow");
    for (int r = 0; r < trs.size(); r++) {
      Element tr = trs.get(r);
      String at = "/rows/" + r;
      Cells cells = new Cells(at, headings, tr.select("> td"));
      String where = "row " + r;
      try {
        T value = mapping.apply(tr, cells);
        cells.leftovers();
        out.add(Converted.of(where, value, cells.source.notes()));
      } catch (RuntimeException e) {
        List<ConversionNote> notes = new ArrayList<>(cells.source.notes());
        notes.add(new ConversionNote(Kind.FAILED, "legistar.unmappable", at, "the row could not be mapped: "
            + e.getMessage()));
        out.add(Converted.failed(where, notes));
      }
    }
    return out;
  }

  private static Meeting meeting(Element row, Cells cells, @Nullable ZoneId zone) {
    Meeting.Builder meeting = Meeting.builder();
    Optional<String> detail = cells.link("Meeting Details", "Details");
    detail.ifPresent(meeting::id);
    detail.ifPresent(meeting::web);
    Optional<String> bodyLink = cells.link("Name");
    Optional<String> bodyName = cells.text("Name");
    if (bodyName.isPresent() || bodyLink.isPresent()) {
      meeting.body(Body.builder().id(bodyLink).name(bodyName).build());
    }
    Optional<LocalDate> date = cells.date("Meeting Date", "Date");
    date.ifPresent(meeting::date);
    cells.text("Meeting Time", "Time").ifPresent(t -> {
      Optional<io.github.minutebook.meeting.MeetingStatus> instead = Rows.statusInTime(t);
      if (instead.isPresent()) {
        meeting.status(instead.get());
        cells.source.note(Kind.HANDLED, "legistar.status-as-time", cells.path("Meeting Time"), "\"" + t
            + "\" in place of the time read as the meeting's status; the time stays unknown");
        return;
      }
      try {
        meeting.startTime(LocalTime.parse(t, Rows.CLOCK));
      } catch (DateTimeParseException e) {
        cells.source.note(Kind.NOT_CARRIED, "legistar.bad-time", cells.path("Meeting Time"), "\"" + t
            + "\" is not a time of day; not carried");
      }
    });
    if (date.isPresent()) {
      if (zone != null) {
        meeting.zone(zone);
      }
      cells.source.note(Kind.HANDLED, "legistar.no-zone", cells.path("Meeting Date"), zone == null
          ? "the date and time have no zone and none was given; kept as local, the zone stays unknown"
          : "the date and time have no zone; read in " + zone + ", the zone given for this city");
    }
    cells.text("Meeting Location", "Location").ifPresent(meeting::location);
    cells.text("Meeting Topic", "Topic").ifPresent(meeting::title);
    document(cells, DocumentKind.AGENDA, "Agenda").ifPresent(meeting::addDocuments);
    document(cells, DocumentKind.MINUTES, "Minutes").ifPresent(meeting::addDocuments);
    document(cells, DocumentKind.RECORDING, "Multimedia", "Video").ifPresent(meeting::addDocuments);
    return meeting.build();
  }

  private static Optional<Document> document(Cells cells, DocumentKind kind, String... names) {
    Optional<String> link = cells.link(names);
    cells.text(names);
    return link.map(url -> Document.builder().kind(kind).title(names[0]).address(url).build());
  }

  private static DecisionRecord matter(Element row, Cells cells) {
    DecisionRecord.Builder record = DecisionRecord.builder().kind(DecisionRecordKind.LEGISLATION);
    cells.link("Record #", "File #", "File Number").ifPresent(record::id);
    cells.text("Record #", "File #", "File Number").ifPresent(record::reference);
    cells.text("Type").ifPresent(record::recordType);
    cells.text("Status").ifPresent(record::status);
    cells.date("Intro Date", "Introduced").ifPresent(record::introductionDate);
    cells.date("Final Action", "Final Action Date").ifPresent(record::decisionDate);
    Optional<String> title = cells.text("Title");
    Optional<String> name = cells.text("Name");
    title.or(() -> name).ifPresent(record::title);
    if (title.isPresent() && name.isPresent()) {
      cells.source.note(Kind.NOT_CARRIED, "legistar.matter-name", cells.path("Name"), "the short name \""
          + name.get() + "\" beside the title is not carried");
    }
    cells.text("In Control").ifPresent(b -> record.addUnderDirectionOf(Body.named(b)));
    return record.build();
  }
}
