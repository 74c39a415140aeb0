package io.github.minutebook.legistar;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a folder of Legistar Web API responses already saved to files, as a scraper or a cache
 * keeps them, into Minutebook records, without the network. Each file is one response (a JSON
 * array of rows, or one row), told apart by its rows' fields, not by its name; rows that belong
 * together are joined across files as the live client joins them:
 *
 * <ul>
 *   <li>{@code Event} rows become meetings, with their {@code EventItem} rows (from any file, by
 *       {@code EventItemEventId}, or embedded as {@code EventItems}) as agenda items and each
 *       item's {@code Vote} rows (by {@code VoteEventItemId}) as its named votes. An event whose
 *       items are in no file has its agenda unknown, not empty;
 *   <li>{@code Matter} rows become legislation records, with their {@code MatterIndex} rows (by
 *       {@code MatterIndexMatterId}) and their {@code MatterHistory} rows;
 *   <li>{@code MatterHistory} rows do not name their matter: the matter's id is taken from the
 *       file's path, as the Web API's own ({@code matters/1234/histories.json}) or a name holding
 *       it ({@code histories-1234.json}, {@code matter-1234-histories.json}); histories of a matter whose row is in no file become a
 *       record of their own. Where the path gives no id, the file fails with {@code
 *       legistar.matter-unknown}, saying how to name it;
 *   <li>{@code MatterAttachment} rows ({@code matters/1234/attachments.json}, the same naming) become
 *       the documents of their matter's record.
 * </ul>
 *
 * <p>{@code Body}, {@code Person} and {@code Index} rows, empty arrays, and item or vote rows whose
 * event or item is in no file hold no records: each such file is said to {@code remarks}. A file
 * that is not JSON, or whose rows are none of these, is a failed value ({@code
 * legistar.unreadable-file}, {@code legistar.unrecognised}). The rows that are joined (items,
 * votes, histories, indexes, attachments) are held in memory; events and matters are read one file at a time as
 * the stream is consumed.
 *
 * <pre>{@code
 * LegistarImport chicago = LegistarImport.forClient("chicago").inZone(ZoneId.of("America/Chicago"));
 * try (Stream<Converted<CouncilRecord>> records = LegistarFiles.read(chicago, files, System.err::println)) {
 *   records.forEach(pipeline::accept);
 * }
 * }</pre>
 */
public final class LegistarFiles {
  private static final Pattern FIRST_FIELD = Pattern.compile("\\A\\s*(?:\\[\\s*)?\\{\\s*\"([A-Za-z]+)\"");
  private static final Pattern EMPTY_ARRAY = Pattern.compile("\\A\\s*\\[\\s*]\\s*\\z");
  private static final String HISTORIES = "histor(?:y|ies)";
  private static final String ATTACHMENTS = "attachments?";
  private static final int HEAD = 4096;
  /** The kinds of rows read in the first pass, to be joined to events and matters. */
  private static final Set<What> JOINED = Set.of(What.ITEMS, What.VOTES, What.MATTER_INDEXES,
      What.MATTER_ATTACHMENTS, What.HISTORIES);

  private LegistarFiles() {}

  /** What a saved file holds, by the first field of its first row. */
  private enum What {
    EVENTS("EventId"), ITEMS("EventItemId"), VOTES("VoteId"), MATTERS("MatterId"), HISTORIES("MatterHistoryId"),
    MATTER_INDEXES("MatterIndexId"), MATTER_ATTACHMENTS("MatterAttachmentId"), BODIES("BodyId"), PERSONS("PersonId"), INDEXES("IndexId"), EMPTY(""),
    UNRECOGNISED(""), UNREADABLE("");

    private final String idField;

    What(String idField) {
      this.idField = idField;
    }

    static What of(String firstField) {
      for (What what : values()) {
        if (!what.idField.isEmpty() && what.idField.equals(firstField)) {
          return what;
        }
      }
      return UNRECOGNISED;
    }
  }

  /**
   * The records in saved Legistar Web API responses. The files with rows to join are read first;
   * then the events and matters, in the order of {@code files}, as the stream is consumed.
   *
   * @param importer the mapping, for the city the responses are from
   * @param files the saved responses ({@code .json})
   * @param remarks receives a sentence for each file, or set of rows, that holds no records
   * @return one value per event, matter, matter's histories or unusable file; each value's source
   *     names its file
   */
  public static Stream<Converted<CouncilRecord>> read(LegistarImport importer, List<Path> files,
      Consumer<String> remarks) {
    Map<Path, What> kinds = new LinkedHashMap<>();
    Map<Long, ArrayNode> itemsByEvent = new LinkedHashMap<>();
    Map<Long, ArrayNode> votesByItem = new HashMap<>();
    Map<Long, ArrayNode> indexesByMatter = new HashMap<>();
    Map<String, ArrayNode> historiesByMatter = new LinkedHashMap<>();
    Map<String, Path> historiesFile = new HashMap<>();
    Map<String, ArrayNode> attachmentsByMatter = new HashMap<>();
    for (Path file : files) {
      What what = sniff(file);
      if (JOINED.contains(what) && rows(file).isEmpty()) {
        what = What.UNREADABLE; // recognised by its first row, but not JSON as a whole
      }
      kinds.put(file, what);
      switch (what) {
        case ITEMS -> keyless(file, "EventItem", "EventItemEventId", group(rows(file).orElseThrow(),
            "EventItemEventId", itemsByEvent), remarks);
        case VOTES -> keyless(file, "Vote", "VoteEventItemId", group(rows(file).orElseThrow(), "VoteEventItemId",
            votesByItem), remarks);
        case MATTER_INDEXES -> keyless(file, "MatterIndex", "MatterIndexMatterId", group(rows(file).orElseThrow(),
            "MatterIndexMatterId", indexesByMatter), remarks);
        case MATTER_ATTACHMENTS -> matterId(file, ATTACHMENTS).ifPresent(id -> rows(file).ifPresent(rows ->
            attachmentsByMatter.computeIfAbsent(id, k -> JsonNodeFactory.instance.arrayNode()).addAll(rows)));
        case HISTORIES -> matterId(file, HISTORIES).ifPresent(id -> rows(file).ifPresent(rows -> {
          historiesByMatter.computeIfAbsent(id, k -> JsonNodeFactory.instance.arrayNode()).addAll(rows);
          historiesFile.putIfAbsent(id, file);
        }));
        case BODIES, PERSONS, INDEXES -> remarks.accept(file + ": " + what.idField.replace("Id", "")
            + " rows, read for nothing: they are not meetings or legislation");
        case EMPTY -> remarks.accept(file + ": an empty response, no rows");
        default -> { }
      }
    }
    Joins joins = new Joins(importer, itemsByEvent, votesByItem, indexesByMatter, historiesByMatter,
        attachmentsByMatter);
    List<Map.Entry<Path, What>> ordered = new ArrayList<>(kinds.entrySet());
    return Stream.concat(
        ordered.stream().flatMap(file -> records(file.getKey(), file.getValue(), joins)),
        Stream.of(0).flatMap(end -> {
          joins.remarkUnjoined(remarks);
          return joins.unjoinedHistories(historiesFile);
        }));
  }

  /** The rows to join, and which of them were joined. */
  private static final class Joins {
    final LegistarImport importer;
    final Map<Long, ArrayNode> itemsByEvent;
    final Map<Long, ArrayNode> votesByItem;
    final Map<Long, ArrayNode> indexesByMatter;
    final Map<String, ArrayNode> historiesByMatter;
    final Map<String, ArrayNode> attachmentsByMatter;
    final Set<Long> eventsJoined = new HashSet<>();
    final Set<Long> itemsJoined = new HashSet<>();
    final Set<String> mattersJoined = new HashSet<>();

    Joins(LegistarImport importer, Map<Long, ArrayNode> itemsByEvent, Map<Long, ArrayNode> votesByItem,
        Map<Long, ArrayNode> indexesByMatter, Map<String, ArrayNode> historiesByMatter,
        Map<String, ArrayNode> attachmentsByMatter) {
      this.importer = importer;
      this.itemsByEvent = itemsByEvent;
      this.votesByItem = votesByItem;
      this.indexesByMatter = indexesByMatter;
      this.historiesByMatter = historiesByMatter;
      this.attachmentsByMatter = attachmentsByMatter;
    }

    Converted<? extends CouncilRecord> event(JsonNode row) {
      JsonNode embedded = row.path("EventItems");
      Optional<Long> id = id(row, "EventId");
      @Nullable JsonNode items = embedded.isArray() && !embedded.isEmpty() ? embedded
          : id.map(itemsByEvent::get).orElse(null);
      if (items == null) {
        return importer.event(row);
      }
      id.ifPresent(eventsJoined::add);
      Map<Integer, JsonNode> votes = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        Optional<Long> item = id(items.get(i), "EventItemId");
        if (item.isPresent() && votesByItem.containsKey(item.get())) {
          votes.put(i, votesByItem.get(item.get()));
          itemsJoined.add(item.get());
        }
      }
      return importer.event(row, items, votes);
    }

    Converted<? extends CouncilRecord> matter(JsonNode row) {
      Optional<Long> id = id(row, "MatterId");
      @Nullable ArrayNode histories = id.map(i -> historiesByMatter.get(Long.toString(i))).orElse(null);
      @Nullable ArrayNode indexes = id.map(indexesByMatter::get).orElse(null);
      @Nullable ArrayNode attachments = id.map(i -> attachmentsByMatter.get(Long.toString(i))).orElse(null);
      if (histories == null && indexes == null && attachments == null) {
        return importer.matter(row);
      }
      id.ifPresent(i -> mattersJoined.add(Long.toString(i)));
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      return importer.matter(row, histories == null ? nodes.arrayNode() : histories,
          indexes == null ? nodes.arrayNode() : indexes, attachments == null ? nodes.arrayNode() : attachments);
    }

    /**
     * The histories of matters whose row is in no file, each as that matter's record, after every
     * matter was read (a histories file may sort before the matters file it belongs to).
     */
    Stream<Converted<CouncilRecord>> unjoinedHistories(Map<String, Path> historiesFile) {
      List<Converted<CouncilRecord>> out = new ArrayList<>();
      historiesByMatter.forEach((id, histories) -> {
        if (!mattersJoined.contains(id)) {
          out.add(withSource(String.valueOf(historiesFile.get(id)), importer.histories(id, histories)));
        }
      });
      return out.stream();
    }

    void remarkUnjoined(Consumer<String> remarks) {
      long items = itemsByEvent.entrySet().stream().filter(e -> !eventsJoined.contains(e.getKey()))
          .mapToLong(e -> e.getValue().size()).sum();
      if (items > 0) {
        remarks.accept(items + " EventItem rows of events in no saved file: agenda items are not records on"
            + " their own, save the events too");
      }
      long votes = votesByItem.entrySet().stream().filter(e -> !itemsJoined.contains(e.getKey()))
          .mapToLong(e -> e.getValue().size()).sum();
      if (votes > 0) {
        remarks.accept(votes + " Vote rows of event items in no saved event: not records on their own");
      }
      long indexes = indexesByMatter.entrySet().stream()
          .filter(e -> !mattersJoined.contains(Long.toString(e.getKey()))).mapToLong(e -> e.getValue().size()).sum();
      if (indexes > 0) {
        remarks.accept(indexes + " MatterIndex rows of matters in no saved file: not records on their own");
      }
      long attachments = attachmentsByMatter.entrySet().stream().filter(e -> !mattersJoined.contains(e.getKey()))
          .mapToLong(e -> e.getValue().size()).sum();
      if (attachments > 0) {
        remarks.accept(attachments + " MatterAttachment rows of matters in no saved file: documents are not records"
            + " on their own, save the matters too");
      }
    }
  }

  private static Stream<Converted<CouncilRecord>> records(Path file, What what, Joins joins) {
    String name = file.toString();
    switch (what) {
      case EVENTS:
        return rows(file).map(rows -> each(name, rows, joins::event)).orElseGet(() -> Stream.of(unreadable(name)));
      case MATTERS:
        return rows(file).map(rows -> each(name, rows, joins::matter)).orElseGet(() -> Stream.of(unreadable(name)));
      case MATTER_ATTACHMENTS: {
        if (matterId(file, ATTACHMENTS).isEmpty()) {
          return Stream.of(Converted.failed(name, List.of(new ConversionNote(Kind.FAILED, "legistar.matter-unknown",
              "", "MatterAttachment rows do not name their matter, and the file's path holds no matter id: save them"
                  + " as matters/{id}/attachments.json, attachments-{id}.json or matter-{id}-attachments.json"))));
        }
        return Stream.empty(); // joined to the matter's row, or said at the end
      }
      case HISTORIES: {
        Optional<String> id = matterId(file, HISTORIES);
        if (id.isEmpty()) {
          return Stream.of(Converted.failed(name, List.of(new ConversionNote(Kind.FAILED, "legistar.matter-unknown",
              "", "MatterHistory rows do not name their matter, and the file's path holds no matter id: save them"
                  + " as matters/{id}/histories.json, histories-{id}.json or matter-{id}-histories.json"))));
        }
        return Stream.empty(); // joined to the matter's row, or its own record at the end
      }
      case UNRECOGNISED:
        return Stream.of(Converted.failed(name, List.of(new ConversionNote(Kind.FAILED, "legistar.unrecognised", "",
            "not a Legistar Web API response: expected a JSON array of Event, EventItem, Vote, Matter,"
                + " MatterHistory, MatterIndex, Body, Person or Index rows"))));
      case UNREADABLE:
        return Stream.of(unreadable(name));
      default:
        return Stream.empty();
    }
  }

  /** A mapping of one row to a record. */
  private interface RowMapping {
    Converted<? extends CouncilRecord> map(JsonNode row);
  }

  private static Stream<Converted<CouncilRecord>> each(String file, ArrayNode rows, RowMapping mapping) {
    List<Converted<CouncilRecord>> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Converted<? extends CouncilRecord> converted = mapping.map(rows.get(i));
      out.add(withSource(file + " row " + (i + 1), converted));
    }
    return out.stream();
  }

  private static What sniff(Path file) {
    String head;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(HEAD);
      int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      head = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return What.UNREADABLE;
    }
    if (EMPTY_ARRAY.matcher(head).matches()) {
      return What.EMPTY;
    }
    Matcher first = FIRST_FIELD.matcher(head);
    return first.find() ? What.of(first.group(1)) : What.UNRECOGNISED;
  }

  /** The file's rows as an array (one row alone is an array of one); empty when it is not JSON. */
  private static Optional<ArrayNode> rows(Path file) {
    JsonNode tree;
    try {
      tree = LegistarImport.tree(Files.newInputStream(file));
    } catch (IOException | UncheckedIOException | JacksonException e) {
      return Optional.empty();
    }
    if (tree.isArray()) {
      return Optional.of((ArrayNode) tree);
    }
    ArrayNode one = JsonNodeFactory.instance.arrayNode();
    one.add(tree);
    return Optional.of(one);
  }

  private static void keyless(Path file, String row, String field, int count, Consumer<String> remarks) {
    if (count > 0) {
      remarks.accept(file + ": " + count + " " + row + " rows without a number in " + field
          + ": they cannot be joined to anything, and are left out");
    }
  }

  /** Groups rows by the id in {@code field}; returns how many rows had none. */
  private static int group(ArrayNode rows, String field, Map<Long, ArrayNode> into) {
    int keyless = 0;
    for (JsonNode row : rows) {
      Optional<Long> id = id(row, field);
      if (id.isPresent()) {
        into.computeIfAbsent(id.get(), k -> JsonNodeFactory.instance.arrayNode()).add(row);
      } else {
        keyless++;
      }
    }
    return keyless;
  }

  private static Optional<Long> id(JsonNode row, String field) {
    JsonNode value = row.path(field);
    return value.canConvertToLong() && value.isIntegralNumber() ? Optional.of(value.asLong()) : Optional.empty();
  }

  /**
   * The matter id a file of a matter's rows ({@code histories}, {@code attachments}) gives, only
   * where the path says it is the matter's: the Web API's own {@code matters/{id}/histories.json},
   * or a name {@code histories-{id}.json} or {@code matter-{id}-histories.json}. Other digits in a
   * path (a year, a date) are not taken.
   */
  private static Optional<String> matterId(Path file, String collection) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    Matcher named = Pattern.compile("(?:" + collection + ")[-_](\\d+)\\.json|matters?[-_](\\d+)[-_](?:" + collection
        + ")\\.json", Pattern.CASE_INSENSITIVE).matcher(name.toString());
    if (named.matches()) {
      return Optional.of(named.group(1) != null ? named.group(1) : named.group(2));
    }
    Path parent = file.getParent();
    Path grandparent = parent == null ? null : parent.getParent();
    Path folder = parent == null ? null : parent.getFileName();
    Path matters = grandparent == null ? null : grandparent.getFileName();
    if (folder != null && matters != null && folder.toString().matches("\\d+")
        && matters.toString().equalsIgnoreCase("matters")
        && Pattern.compile("(?:matter)?(?:" + collection + ")\\.json", Pattern.CASE_INSENSITIVE).matcher(name.toString())
        .matches()) {
      return Optional.of(folder.toString());
    }
    return Optional.empty();
  }

  private static Converted<CouncilRecord> withSource(String file, Converted<? extends CouncilRecord> value) {
    String source = file + ": " + value.source();
    return value.value().<Converted<CouncilRecord>>map(v -> Converted.of(source, v, value.notes()))
        .orElseGet(() -> Converted.failed(source, value.notes()));
  }

  private static Converted<CouncilRecord> unreadable(String name) {
    return Converted.failed(name, List.of(new ConversionNote(Kind.FAILED, "legistar.unreadable-file", "",
        "the file cannot be read as JSON")));
  }
}
