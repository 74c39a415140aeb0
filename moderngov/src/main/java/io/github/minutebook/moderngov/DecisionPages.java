package io.github.minutebook.moderngov;

import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.MinuteReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/** Maps ModernGov's decision pages: a decision's details, and a list of decisions. */
final class DecisionPages {
  private static final Pattern PARAM = Pattern.compile("[?&](?:amp;)?([A-Za-z]+)=([^&#]*)");
  private static final Pattern OFFICER = Pattern.compile(
      "(?i).*\\b(director|head of|chief|officer|manager|executive member|cabinet member|portfolio holder|"
          + "leader|mayor|lead member|deputy leader|assistant)\\b.*");

  private DecisionPages() {}

  /** A query parameter of a link, case-insensitively by name. */
  static Optional<String> param(String href, String name) {
    Matcher m = PARAM.matcher(href);
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(name) && !m.group(2).isBlank()) {
        return Optional.of(m.group(2));
      }
    }
    return Optional.empty();
  }

  /** A link's address: absolute against the page's address where known, with spaces escaped. */
  static String address(Element link, String path, Xml notes) {
    String href = link.attr("href").strip();
    String abs = link.absUrl("href");
    String out = abs.isEmpty() ? href : abs;
    if (out.indexOf(' ') >= 0) {
      out = out.replace(" ", "%20");
      notes.note(Kind.HANDLED, "moderngov.space-in-link", path,
          "spaces in the link \"" + href + "\" escaped as %20");
    }
    return out;
  }

  static Converted<DecisionRecord> details(String html, @Nullable String address) {
    Xml notes = new Xml();
    String where = address == null ? "decision details" : address;
    try {
      return Converted.of(where, details0(html, address, notes), notes.notes());
    } catch (RuntimeException e) {
      List<ConversionNote> all = new ArrayList<>(notes.notes());
      all.add(new ConversionNote(Kind.FAILED, "moderngov.unmappable", "", "the page could not be mapped: "
          + e.getMessage()));
      return Converted.failed(where, all);
    }
  }

  private static DecisionRecord details0(String html, @Nullable String address, Xml notes) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, address == null ? "" : address);
    Element root = page.selectFirst("#modgov");
    if (root == null) {
      root = page.body();
    }
    DecisionRecord.Builder out = DecisionRecord.builder();
    Resolution.Builder decision = Resolution.builder();
    boolean decided = false;
    Provenance.Builder provenance = Provenance.builder();
    if (address != null) {
      provenance.address(address);
      param(address, "ID").ifPresent(out::id);
    }
    Element title = root.selectFirst("h2.mgSubTitleTxt");
    if (title != null && !title.text().isBlank()) {
      out.title(title.text().strip());
    }
    for (Element link : root.select(".mgActionList a[href]")) {
      String href = link.attr("href");
      Optional<String> issue = param(href, "IId");
      if (href.contains("mgIssueHistoryHome.aspx") && issue.isPresent()) {
        provenance.addIdentifiers(Identifier.builder().scheme("moderngov-issue").id(issue.get())
            .address(address(link, "a[href*=mgIssueHistoryHome]", notes)).build());
      } else {
        notes.note(Kind.NOT_CARRIED, "moderngov.not-mapped", ".mgActionList a", "the model has no place for the "
            + "link \"" + link.text() + "\" (" + href + ")");
      }
    }
    for (Element label : root.select("span.mgLabel")) {
      String name = label.text().replace(":", "").strip();
      String path = "span.mgLabel[" + name + "]";
      Element holder = label.parent();
      if (holder == null) {
        continue;
      }
      Element valueElement = label.nextElementSibling();
      String value = valueAfter(label);
      if (value.isEmpty()) {
        notes.note(Kind.HANDLED, "moderngov.empty-element", path, "the label \"" + name + "\" with no value states "
            + "nothing");
        continue;
      }
      switch (name.toLowerCase(Locale.ROOT)) {
        case "decision maker" -> {
          Party maker = party(value);
          out.decisionMaker(maker);
          decision.decisionMaker(maker);
        }
        case "decision status" -> out.status(value);
        case "is key decision?", "is key decision" -> notes.bool(Optional.of(value), path)
            .ifPresent(decision::keyDecision);
        case "is subject to call in?", "is subject to call in", "is subject to call-in?" -> notes
            .bool(Optional.of(value), path).ifPresent(decision::subjectToCallIn);
        case "publication date", "date published" -> date(value, path, notes).ifPresent(out::publicationDate);
        case "date of decision", "decision date" -> date(value, path, notes).ifPresent(d -> {
          out.decisionDate(d);
          decision.decisionDate(d);
        });
        case "effective from", "date comes into force" -> date(value, path, notes).ifPresent(out::effectiveFrom);
        case "lead officer", "contact" -> out.addContacts(Person.named(value));
        case "decided at meeting" -> {
          if (valueElement != null && valueElement.is("a[href]")) {
            MinuteReference at = decidedAt(valueElement, value, path, notes);
            out.decidedAt(at);
            decision.decidedAt(at);
          } else {
            out.decidedAt(MinuteReference.builder().asWritten(value).build());
          }
        }
        default -> notes.note(Kind.NOT_CARRIED, "moderngov.not-mapped", path, "the model has no place for \""
            + name + ": " + shorten(value) + "\"");
      }
    }
    for (Element heading : root.select("h3.mgSubSubTitleTxt")) {
      String name = heading.text().replace(":", "").strip();
      Element body = heading.nextElementSibling();
      String path = "h3.mgSubSubTitleTxt[" + name + "]";
      if (body == null || !body.is(".mgWordPara")) {
        continue;
      }
      List<Paragraph> text = WordHtml.paragraphs(body);
      if (text.isEmpty()) {
        notes.note(Kind.HANDLED, "moderngov.empty-element", path, "a heading with no text under it states nothing");
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("decision")) {
        decided = true;
        for (Paragraph p : text) {
          decision.addParts(part(p));
        }
      } else if (lower.startsWith("reasons")) {
        text.forEach(p -> decision.addReasons(WordHtml.flatten(List.of(p))));
      } else if (lower.startsWith("alternative")) {
        text.forEach(p -> decision.addAlternatives(WordHtml.flatten(List.of(p))));
      } else {
        notes.note(Kind.NOT_CARRIED, "moderngov.not-mapped", path, "the model has no place for the "
            + "decision's \"" + name + "\" text: \"" + shorten(WordHtml.flatten(text)) + "\"");
      }
    }
    for (Element link : root.select("ul.mgBulletList a[href]")) {
      Document.Builder doc = Document.builder();
      Element size = link.selectFirst(".mgFileSize");
      String own = ownText(link);
      if (!own.isEmpty()) {
        doc.title(own);
      }
      doc.address(address(link, "ul.mgBulletList a[" + own + "]", notes));
      if (size != null) {
        String s = size.text().strip();
        Matcher m = Pattern.compile("(?i)^(PDF|DOC|DOCX|XLS|XLSX|HTML?)\\s+(\\d[\\d.,]*\\s*[KMG]?B)$").matcher(s);
        if (m.matches()) {
          doc.size(m.group(2));
          if (m.group(1).equalsIgnoreCase("PDF")) {
            doc.mediaType("application/pdf");
          }
          notes.noteOnce("moderngov.file-size", "span.mgFileSize", "the file size \"PDF 119 KB\" read as the size "
              + "and, for PDF, the media type");
        } else if (!s.isEmpty()) {
          notes.note(Kind.NOT_CARRIED, "moderngov.not-mapped", "span.mgFileSize", "the model has no place for \""
              + s + "\"");
        }
      }
      out.addDocuments(doc.build());
    }
    if (decided) {
      out.addDecisions(decision.build());
    } else {
      Resolution flags = decision.build();
      if (flags.keyDecision().isPresent() || flags.subjectToCallIn().isPresent()) {
        notes.note(Kind.NOT_CARRIED, "moderngov.no-decision-text", "", "the key-decision and call-in flags belong "
            + "to a decision, and the page gives no decision text; not carried");
      }
    }
    Provenance p = provenance.build();
    if (!p.equals(Provenance.builder().build())) {
      out.provenance(p);
    }
    return out.build();
  }

  static ResolutionPart part(Paragraph p) {
    ResolutionPart.Builder part = ResolutionPart.builder().text(p.text()).effect(PartEffect.OTHER);
    p.number().ifPresent(part::label);
    for (Paragraph point : p.points()) {
      part.addParts(part(point));
    }
    return part.build();
  }

  private static MinuteReference decidedAt(Element link, String text, String path, Xml notes) {
    MinuteReference.Builder at = MinuteReference.builder().asWritten(text);
    String href = link.attr("href");
    param(href, "MId").ifPresent(at::meetingId);
    Matcher m = Pattern.compile("^(\\d{2}/\\d{2}/\\d{4})\\s*-\\s*(.+)$").matcher(text);
    Optional<String> committee = param(href, "CId");
    if (m.matches()) {
      date(m.group(1), path, notes).ifPresent(at::meetingDate);
      Body.Builder body = Body.builder().name(m.group(2).strip());
      committee.ifPresent(body::id);
      at.body(body.build());
    } else if (committee.isPresent()) {
      at.body(Body.ofId(committee.get()));
    }
    notes.note(Kind.HANDLED, "moderngov.meeting-link", path, "the link to the meeting (" + href
        + ") read as its meeting id (MId) and committee id (CId)");
    return at.build();
  }

  /** An officer's or an executive member's post, or else a body ("Cabinet", "Planning Committee"). */
  static Party party(String name) {
    return OFFICER.matcher(name).matches() ? Person.ofPost(name) : Body.named(name);
  }

  /** The text after a label in its paragraph: the next element's text or the text nodes after it. */
  private static String valueAfter(Element label) {
    StringBuilder out = new StringBuilder();
    for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        out.append(t.text());
      } else if (n instanceof Element e) {
        out.append(e.text());
      }
    }
    return out.toString().replace('\u00a0', ' ').strip();
  }

  static String ownText(Element link) {
    StringBuilder out = new StringBuilder();
    for (Node n : link.childNodes()) {
      if (n instanceof TextNode t) {
        out.append(t.text());
      } else if (n instanceof Element e && !e.is(".mgHide, .mgFileSize")) {
        out.append(e.text());
      }
    }
    return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  static Optional<LocalDate> date(String text, String path, Xml notes) {
    Optional<LocalDate> date = Xml.ukDate(text);
    if (date.isPresent()) {
      notes.noteOnce("moderngov.uk-date", path, "dates written dd/MM/yyyy (as dd&#47;MM&#47;yyyy in the HTML) "
          + "read as day, month, year");
    } else {
      notes.note(Kind.NOT_CARRIED, "moderngov.bad-date", path, "\"" + text + "\" is not a date (dd/MM/yyyy); not "
          + "carried");
    }
    return date;
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /** The rows of a decisions table (mgDelegatedDecisions.aspx and similar lists). */
  static List<Converted<DecisionRecord>> list(String html, @Nullable String address) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, address == null ? "" : address);
    List<Converted<DecisionRecord>> out = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    for (Element th : page.select("table thead th")) {
      headers.add(th.attr("abbr").isBlank() ? th.ownText().strip() : th.attr("abbr").strip());
    }
    int index = 0;
    for (Element row : page.select("table tbody tr, table > tr")) {
      index++;
      String where = "tbody tr[" + index + "]";
      Xml notes = new Xml();
      try {
        out.add(row(row, where, headers, notes));
      } catch (RuntimeException e) {
        List<ConversionNote> all = new ArrayList<>(notes.notes());
        all.add(new ConversionNote(Kind.FAILED, "moderngov.unmappable", where, "the row could not be mapped: "
            + e.getMessage()));
        out.add(Converted.failed(where, all));
      }
    }
    return out;
  }

  private static Converted<DecisionRecord> row(Element row, String where, List<String> headers, Xml notes) {
    List<Element> cells = row.select("> td");
    Element link = cells.isEmpty() ? null : cells.get(0).selectFirst("a[href]");
    String href = link == null ? "" : link.attr("href");
    Optional<String> id = param(href, "ID");
    if (link == null || !href.contains("ieDecisionDetails.aspx") || id.isEmpty()) {
      String text = row.text();
      return Converted.failed(where, List.of(new ConversionNote(Kind.FAILED, "moderngov.not-a-decision", where,
          "the row does not link to a decision's details (ieDecisionDetails.aspx?ID=…), so it is not a decision: \""
              + shorten(text) + "\"")));
    }
    DecisionRecord.Builder out = DecisionRecord.builder().id(id.get());
    String title = ownText(link);
    if (!title.isEmpty()) {
      out.title(title);
    }
    Element hidden = link.selectFirst(".mgHide");
    if (hidden != null) {
      String ref = hidden.text().replace('\u00a0', ' ').strip();
      Matcher m = Pattern.compile("(?i)^ref:\\s*(\\S+)$").matcher(ref);
      if (m.matches() && m.group(1).equals(id.get())) {
        notes.note(Kind.HANDLED, "moderngov.hidden-ref", where + "/td[1]/a/span.mgHide",
            "the hidden \"" + ref + "\" left out of the title; it is the decision's id");
      } else {
        notes.note(Kind.NOT_CARRIED, "moderngov.not-mapped", where + "/td[1]/a/span.mgHide",
            "the model has no place for the hidden text \"" + ref + "\"");
      }
    }
    out.provenance(Provenance.builder().address(address(link, where + "/td[1]/a/@href", notes)).build());
    for (int i = 1; i < cells.size(); i++) {
      String header = i < headers.size() ? headers.get(i) : "";
      String value = cells.get(i).text().replace('\u00a0', ' ').strip();
      String path = where + "/td[" + (i + 1) + "]";
      if (value.isEmpty()) {
        notes.note(Kind.HANDLED, "moderngov.empty-element", path, "an empty cell states nothing");
        continue;
      }
      switch (header.toLowerCase(Locale.ROOT)) {
        case "published" -> {
          date(value, path, notes).ifPresent(out::publicationDate);
          notes.noteOnce("moderngov.list-date", path, "the \"Date\" column of a table of decisions published "
              + "read as the publication date");
        }
        case "applies" -> date(value, path, notes).ifPresent(out::effectiveFrom);
        case "call-ins" -> out.status(value);
        default -> notes.note(Kind.NOT_CARRIED, "moderngov.not-mapped", path, "the model has no place for the "
            + "column \"" + header + "\": \"" + shorten(value) + "\"");
      }
    }
    return Converted.of(where + " (decision " + id.get() + ")", out.build(), notes.notes());
  }
}
