package io.github.minutebook.moderngov;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a folder of ModernGov responses already saved to files, as a scraper or a cache keeps
 * them, into Minutebook records, without the network: the files are told apart by what they hold,
 * not by their names.
 *
 * <ul>
 *   <li>{@code GetMeeting} responses (root {@code <meeting>}) become meetings; the committee that
 *       met, which a {@code GetMeeting} does not name, is taken from the {@code GetMeetings}
 *       responses among the files that list the meeting (and from {@code GetCommittees} for the
 *       committee's details), and stays unknown where none does;
 *   <li>meetings listed in a {@code GetMeetings} response (root {@code <getmeetings>}) whose {@code
 *       GetMeeting} is not among the files become meetings with what the list knows, once however
 *       many saved lists name them;
 *   <li>decision pages ({@code ieDecisionDetails.aspx}) become decision records, and tables of
 *       decisions ({@code mgDelegatedDecisions.aspx}) one record per row;
 *   <li>{@code GetCommittees} responses (root {@code <committees>}) hold no records: they are read
 *       for the committees' details, and said so to {@code remarks}.
 * </ul>
 *
 * <p>A file that is none of these is a failed value with a {@code moderngov.unrecognised} note;
 * one that cannot be read, with {@code moderngov.unreadable-file}. Nothing is dropped without a
 * word.
 *
 * <pre>{@code
 * List<Path> files;
 * try (Stream<Path> walk = Files.walk(Path.of("cache/manchester"))) {
 *   files = walk.filter(Files::isRegularFile).sorted().toList();
 * }
 * try (Stream<Converted<CouncilRecord>> records = ModernGovFiles.read(files, System.err::println)) {
 *   records.forEach(pipeline::accept);
 * }
 * }</pre>
 */
public final class ModernGovFiles {
  private static final int HEAD = 8192;
  private static final Pattern ROOT = Pattern.compile(
      "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z][\\w.-]*)", Pattern.DOTALL);
  private static final Pattern MEETING_ID = Pattern.compile("<meetingid>\\s*([^<\\s]+)\\s*</meetingid>");

  private ModernGovFiles() {}

  /** What a saved file holds. */
  private enum What { COMMITTEES, MEETINGS, MEETING, HTML, UNRECOGNISED, UNREADABLE }

  /**
   * The records in saved ModernGov responses. The lists ({@code GetCommittees}, {@code
   * GetMeetings}) are read first, to know each meeting's committee; then the records are read one
   * file at a time, in the order of {@code files}, as the stream is consumed.
   *
   * @param files the saved responses: {@code .xml} from the web service, {@code .html} decision
   *     pages
   * @param remarks receives a sentence for each file that holds no records, saying what it was
   *     read for
   * @return one value per meeting, decision or unusable file; each value's source names its file
   */
  public static Stream<Converted<CouncilRecord>> read(List<Path> files, Consumer<String> remarks) {
    Map<Path, What> kinds = new HashMap<>();
    Map<String, Body> committeesById = new HashMap<>();
    Map<String, Body> committeeOfMeeting = new HashMap<>();
    Set<String> meetingsSaved = new HashSet<>();
    for (Path file : files) {
      What what = sniff(file, meetingsSaved);
      kinds.put(file, what);
      if (what == What.COMMITTEES) {
        for (Converted<Body> committee : parse(file, ModernGovImport::committees)) {
          committee.value().ifPresent(body -> body.id().ifPresent(id -> committeesById.put(id, body)));
        }
        remarks.accept(file + ": a GetCommittees response, read for the committees' details; it holds no"
            + " meetings");
      } else if (what == What.MEETINGS) {
        for (Converted<Meeting> listed : parse(file, ModernGovImport::meetings)) {
          listed.value().ifPresent(meeting -> meeting.body().ifPresent(body -> meeting.id()
              .ifPresent(id -> committeeOfMeeting.putIfAbsent(id, body))));
        }
      }
    }
    Set<String> listedMeetings = new HashSet<>();
    return files.stream().distinct().flatMap(file -> records(file, kinds.getOrDefault(file, What.UNREADABLE),
        committeesById, committeeOfMeeting, meetingsSaved, listedMeetings));
  }

  private static Stream<Converted<CouncilRecord>> records(Path file, What what, Map<String, Body> committeesById,
      Map<String, Body> committeeOfMeeting, Set<String> meetingsSaved, Set<String> listedMeetings) {
    String name = file.toString();
    switch (what) {
      case COMMITTEES:
        return Stream.empty();
      case MEETINGS: {
        List<Converted<CouncilRecord>> out = new ArrayList<>();
        for (Converted<Meeting> listed : parse(file, ModernGovImport::meetings)) {
          Optional<String> id = listed.value().flatMap(Meeting::id);
          if (id.isPresent() && meetingsSaved.contains(id.get())) {
            continue; // its GetMeeting file gives the whole meeting
          }
          if (id.isPresent() && !listedMeetings.add(id.get())) {
            continue; // listed in another saved GetMeetings too (overlapping dates): given once
          }
          out.add(widen(withSource(name, listed)));
        }
        return out.stream();
      }
      case MEETING: {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty()) {
          return Stream.of(unreadable(name));
        }
        Matcher id = MEETING_ID.matcher(head(bytes.get()));
        @Nullable Body committee = null;
        if (id.find()) {
          committee = committeeOfMeeting.get(id.group(1));
          if (committee != null) {
            committee = committee.id().map(committeesById::get).orElse(committee);
          }
        }
        return Stream.of(widen(ModernGovImport.meeting(new ByteArrayInputStream(bytes.get()), name, committee)));
      }
      case HTML: {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty()) {
          return Stream.of(unreadable(name));
        }
        String html = new String(bytes.get(), StandardCharsets.UTF_8);
        List<Converted<CouncilRecord>> out = new ArrayList<>();
        if (html.contains("ieDecisionDetails.aspx") && (html.contains("<tbody") || html.contains("<tr"))
            && !html.contains("mgSubTitleTxt")) {
          for (Converted<? extends CouncilRecord> row : ModernGovImport.decisions(html, null)) {
            out.add(widen(withSource(name, row)));
          }
        } else {
          out.add(widen(withSource(name, ModernGovImport.decision(html, null))));
        }
        return out.stream();
      }
      case UNRECOGNISED:
        return Stream.of(Converted.failed(name, List.of(new ConversionNote(Kind.FAILED, "moderngov.unrecognised", "",
            "not a ModernGov response: expected a GetCommittees, GetMeetings or GetMeeting response (XML with root"
                + " committees, getmeetings or meeting) or a decision page (HTML)"))));
      case UNREADABLE:
      default:
        return Stream.of(unreadable(name));
    }
  }

  /** What a file holds, from its first bytes; a GetMeeting's meeting id is added to {@code meetingsSaved}. */
  private static What sniff(Path file, Set<String> meetingsSaved) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return What.UNREADABLE;
    }
    String text = head(head);
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher root = ROOT.matcher(text);
    String element = root.find() ? root.group(1).toLowerCase(Locale.ROOT) : "";
    switch (element) {
      case "committees":
        return What.COMMITTEES;
      case "getmeetings":
        return What.MEETINGS;
      case "meeting": {
        Matcher id = MEETING_ID.matcher(text);
        if (id.find()) {
          meetingsSaved.add(id.group(1));
        }
        return What.MEETING;
      }
      default:
        boolean html = element.equals("html") || element.equals("div") || element.equals("table")
            || lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("class=\"mg");
        return html ? What.HTML : What.UNRECOGNISED;
    }
  }

  private static String head(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(bytes, start, Math.min(bytes.length, HEAD) - start, StandardCharsets.UTF_8);
  }

  private static Optional<byte[]> bytes(Path file) {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A parser of one list response. */
  private interface ListParser<T> {
    List<Converted<T>> parse(InputStream in);
  }

  private static <T> List<Converted<T>> parse(Path file, ListParser<T> parser) {
    Optional<byte[]> bytes = bytes(file);
    return bytes.isEmpty() ? List.of() : parser.parse(new ByteArrayInputStream(bytes.get()));
  }

  private static <T> Converted<T> withSource(String file, Converted<T> value) {
    String source = file + ": " + value.source();
    return value.value().map(v -> Converted.of(source, v, value.notes()))
        .orElseGet(() -> Converted.failed(source, value.notes()));
  }

  private static Converted<CouncilRecord> unreadable(String name) {
    return Converted.failed(name, List.of(new ConversionNote(Kind.FAILED, "moderngov.unreadable-file", "",
        "the file cannot be read")));
  }

  @SuppressWarnings("unchecked") // a Converted is read-only: one of Meeting is one of CouncilRecord
  private static Converted<CouncilRecord> widen(Converted<? extends CouncilRecord> converted) {
    return (Converted<CouncilRecord>) converted;
  }
}
