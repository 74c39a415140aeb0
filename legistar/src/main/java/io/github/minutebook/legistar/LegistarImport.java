package io.github.minutebook.legistar;

import com.google.common.collect.AbstractIterator;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.Classification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what a city publishes through the Legistar Web API ({@code
 * https://webapi.legistar.com/v1/{client}/…}) into Minutebook values, each a {@link Converted}
 * with notes on what happened to it: Bodies as {@link Body}, Persons as {@link Person}, Events
 * (with their EventItems where embedded) as {@link Meeting}s, EventItems (with their Votes) as
 * {@link AgendaItem}s, Matters with their MatterHistories and MatterIndexes as {@link
 * DecisionRecord}s of kind {@code legislation}, and Indexes as {@link Classification}s.
 *
 * <pre>{@code
 * LegistarImport chicago = LegistarImport.forClient("chicago").inZone(ZoneId.of("America/Chicago"));
 * try (InputStream in = Files.newInputStream(Path.of("events.json"));
 *     Stream<Converted<Meeting>> meetings = chicago.events(in)) {
 *   meetings.forEach(m -> m.value().ifPresent(pipeline::accept));
 * }
 * }</pre>
 *
 * <p>Every row's id becomes its Web API URL ({@code https://webapi.legistar.com/v1/chicago/events/3683}),
 * its {@code …Guid} an identifier and its {@code …LastModifiedUtc} the provenance's modification
 * time. Nothing is made up: a null, a missing member or an empty string stays unknown. Legistar
 * states no zone: dates and times are kept as local, in the zone given with {@link #inZone} and in
 * no zone otherwise.
 *
 * <p>Quirks are read as meant, each with a {@link Kind#HANDLED} note: times without a zone ({@code
 * legistar.no-zone}, {@code legistar.utc-without-zone}), flags as 0 or 1 ({@code legistar.flag}),
 * a tally {@code "7-2"} ({@code legistar.tally}), the same action given as agenda row and minutes
 * row ({@code legistar.duplicate-action}), an action text with the mover's name left blank ({@code
 * legistar.blank-mover}), {@code "api_metadata": null} ({@code legistar.api-metadata}), spaces and
 * line feeds around text or doubled inside it ({@code legistar.padded-text}, {@code
 * legistar.double-space}), empty strings ({@code legistar.empty-value}). Every value the model has
 * no place for is listed by JSON Pointer ({@link Kind#NOT_CARRIED}, {@code legistar.not-mapped}
 * and more particular codes). A row that is not a JSON object is failed, and the rows after it are
 * read.
 */
public final class LegistarImport {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final String client;
  private final @Nullable ZoneId zone;
  private final Rows rows;

  private LegistarImport(String client, @Nullable ZoneId zone) {
    this.client = client;
    this.zone = zone;
    this.rows = new Rows(client, zone);
  }

  /**
   * An import for one Legistar client (the city's name in the Web API's URLs: {@code chicago},
   * {@code nyc}, {@code metro}, {@code seattle}), with no zone.
   *
   * @param client the client name
   * @return the import
   * @throws IllegalArgumentException when the name cannot be part of a URL path
   */
  public static LegistarImport forClient(String client) {
    if (!CLIENT.matcher(client).matches()) {
      throw new IllegalArgumentException("not a Legistar client name: \"" + client + "\"");
    }
    return new LegistarImport(client, null);
  }

  /**
   * This import with the city's time zone, which Legistar does not state: meetings then carry it.
   *
   * @param zone the city's zone ({@code America/Chicago})
   * @return a new import
   */
  public LegistarImport inZone(ZoneId zone) {
    return new LegistarImport(client, zone);
  }

  /**
   * The client name.
   *
   * @return the client name given
   */
  public String client() {
    return client;
  }

  /**
   * The zone given, if any.
   *
   * @return the zone, or empty when none was given
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The Web API URL of a row of a collection ({@code events}, {@code matters}, {@code bodies}…).
   *
   * @param collection the collection's name in the URL
   * @param id the row's id
   * @return {@code https://webapi.legistar.com/v1/{client}/{collection}/{id}}
   */
  public String url(String collection, String id) {
    return rows.url(collection, id);
  }

  /**
   * The scheme of the Indexes of this client as classifications ({@code legistar:chicago:index}).
   *
   * @return the scheme
   */
  public String indexScheme() {
    return "legistar:" + client + ":index";
  }

  /**
   * A Body row as a body: its id and name; the rest is listed.
   *
   * @param row the row
   * @return the body, or why not
   */
  public Converted<Body> body(JsonNode row) {
    return convert(row, "", "Body", rows::body);
  }

  /**
   * A Person row: id, name, e-mail, web site, telephone, first address.
   *
   * @param row the row
   * @return the person, or why not
   */
  public Converted<Person> person(JsonNode row) {
    return convert(row, "", "Person", rows::person);
  }

  /**
   * An Event row as a meeting, with its {@code EventItems} when embedded ({@code $expand} or a
   * merged cache).
   *
   * @param row the row
   * @return the meeting, or why not
   */
  public Converted<Meeting> event(JsonNode row) {
    return convert(row, "", "Event", rows::event);
  }

  /**
   * An Event row with its items and their votes, fetched apart ({@code /events/{id}/eventitems},
   * {@code /eventitems/{id}/votes}): the items become the meeting's agenda items (the doubled
   * action read once), the votes their motions' named votes. Pointers into the items begin {@code
   * /EventItems/{i}/}, into an item's votes {@code /EventItems/{i}/votes/}.
   *
   * @param row the Event row
   * @param items its EventItem rows (an array)
   * @param votes the Vote rows (an array) of the items by their index in {@code items}; an item
   *     left out has no named votes known
   * @return the meeting, or why not
   */
  public Converted<Meeting> event(JsonNode row, JsonNode items, Map<Integer, JsonNode> votes) {
    if (!row.isObject()) {
      return event(row);
    }
    ObjectNode whole = ((ObjectNode) row).deepCopy();
    whole.set("EventItems", items);
    return convert(whole, "", "Event", (r, at, s) -> rows.event(r, at, s, votes));
  }

  /**
   * An EventItem row as an agenda item: its action as result, outcome and narrative, its passed
   * flag, tally, mover and seconder as a motion with its vote, its matter as a consultation and
   * report reference, its attachments as documents.
   *
   * @param row the row
   * @return the agenda item, or why not
   */
  public Converted<AgendaItem> eventItem(JsonNode row) {
    return convert(row, "", "EventItem", (r, at, s) -> rows.eventItem(r, at, s, null, "/votes", null, ""));
  }

  /**
   * An EventItem row with the rows of its {@code /eventitems/{id}/votes}: the named votes join the
   * item's motion. Pointers into the votes begin {@code /votes/}.
   *
   * @param row the EventItem row
   * @param votes the Vote rows (an array; empty when the server answered that there were none)
   * @return the agenda item, or why not
   */
  public Converted<AgendaItem> eventItem(JsonNode row, JsonNode votes) {
    return convert(row, "", "EventItem", (r, at, s) -> rows.eventItem(r, at, s, votes, "/votes", null, ""));
  }

  /**
   * The Vote rows of one event item on their own, as a vote holding the named votes (no result:
   * the rows do not state one).
   *
   * @param votes the array of Vote rows
   * @return the vote, or why not
   */
  public Converted<Vote> votes(JsonNode votes) {
    if (!votes.isArray()) {
      return Converted.failed("Votes", List.of(new ConversionNote(Kind.FAILED, "legistar.not-an-array", "",
          "expected an array of Vote rows, found " + votes.getNodeType())));
    }
    Source source = new Source();
    Vote.Builder vote = Vote.builder();
    for (int i = 0; i < votes.size(); i++) {
      String at = Source.at("", i);
      if (!votes.get(i).isObject()) {
        source.note(Kind.NOT_CARRIED, "legistar.not-a-row", at, "expected a Vote row, found " + votes.get(i));
        continue;
      }
      vote.addNamedVotes(rows.namedVote(votes.get(i), at, source));
    }
    return Converted.of("Votes", vote.build(), source.notes());
  }

  /**
   * A Matter row as a decision record of kind {@code legislation}: file number, title, type,
   * status, the body it is with, introduction and passing dates.
   *
   * @param row the row
   * @return the record, or why not
   */
  public Converted<DecisionRecord> matter(JsonNode row) {
    return convert(row, "", "Matter", rows::matter);
  }

  /**
   * A Matter row with its {@code /histories} and {@code /indexes} rows: the histories become the
   * record's consultations and resolutions (the matter's path), the indexes its classifications.
   * Pointers into them begin {@code /histories/} and {@code /indexes/}.
   *
   * @param row the Matter row
   * @param histories its MatterHistory rows (an array)
   * @param indexes its MatterIndex rows (an array)
   * @return the record, or why not
   */
  public Converted<DecisionRecord> matter(JsonNode row, JsonNode histories, JsonNode indexes) {
    return matter(row, histories, indexes, MAPPER.createArrayNode());
  }

  /**
   * A Matter row with its {@code /histories}, {@code /indexes} and {@code /attachments} rows: as
   * {@link #matter(JsonNode, JsonNode, JsonNode)}, and the attachments become the record's
   * documents. Pointers into them begin {@code /attachments/}.
   *
   * @param row the Matter row
   * @param histories its MatterHistory rows (an array)
   * @param indexes its MatterIndex rows (an array)
   * @param attachments its MatterAttachment rows (an array)
   * @return the record, or why not
   */
  public Converted<DecisionRecord> matter(JsonNode row, JsonNode histories, JsonNode indexes, JsonNode attachments) {
    return convert(row, "", "Matter", (r, at, s) -> {
      DecisionRecord.Builder record = DecisionRecord.builder().from(rows.matter(r, at, s));
      String id = record.build().id().orElse("");
      rows.histories(histories, "/histories", s, record, id);
      for (int i = 0; i < indexes.size(); i++) {
        JsonNode x = indexes.get(i);
        String xAt = Source.at("/indexes", i);
        s.use(Source.at(xAt, "MatterIndexMatterId"));
        record.addClassifications(rows.matterIndex(x, xAt, s, indexScheme()));
        s.leftovers(x, xAt);
      }
      for (int i = 0; i < attachments.size(); i++) {
        record.addDocuments(Rows.attachment(attachments.get(i), Source.at("/attachments", i), s));
      }
      return record.build();
    });
  }

  /**
   * The MatterHistory rows of one matter ({@code /matters/{id}/histories}) as that matter's
   * decision record, holding only its id and its path.
   *
   * @param matterId the matter's id, as in the request's URL (the rows do not carry it)
   * @param histories the array of MatterHistory rows
   * @return the record, or why not
   */
  public Converted<DecisionRecord> histories(String matterId, JsonNode histories) {
    String where = "MatterHistories of matter " + matterId;
    if (!histories.isArray()) {
      return Converted.failed(where, List.of(new ConversionNote(Kind.FAILED, "legistar.not-an-array", "",
          "expected an array of MatterHistory rows, found " + histories.getNodeType())));
    }
    Source source = new Source();
    DecisionRecord.Builder record = DecisionRecord.builder().kind(DecisionRecordKind.LEGISLATION)
        .id(rows.url("matters", matterId));
    rows.histories(histories, "", source, record, rows.url("matters", matterId));
    return Converted.of(where, record.build(), source.notes());
  }

  /**
   * An Index row (a topic) as a classification in {@link #indexScheme()}: its id as code, its
   * name as description.
   *
   * @param row the row
   * @return the classification, or why not
   */
  public Converted<Classification> index(JsonNode row) {
    return convert(row, "", "Index", (r, at, s) -> rows.index(r, at, s, indexScheme()));
  }

  /**
   * A MatterIndex row (a topic given to a matter) as a classification in {@link #indexScheme()}.
   *
   * @param row the row
   * @return the classification, or why not
   */
  public Converted<Classification> matterIndex(JsonNode row) {
    return convert(row, "", "MatterIndex", (r, at, s) -> rows.matterIndex(r, at, s, indexScheme()));
  }

  /**
   * The rows of a {@code /bodies} response, read one at a time.
   *
   * @param in a JSON array of rows (or a single row), closed with the stream
   * @return one converted body per row
   */
  public Stream<Converted<Body>> bodies(InputStream in) {
    return stream(in, this::body);
  }

  /**
   * The rows of a {@code /persons} response, read one at a time.
   *
   * @param in a JSON array of rows (or a single row), closed with the stream
   * @return one converted person per row
   */
  public Stream<Converted<Person>> persons(InputStream in) {
    return stream(in, this::person);
  }

  /**
   * The rows of an {@code /events} response, read one at a time.
   *
   * @param in a JSON array of rows (or a single row), closed with the stream
   * @return one converted meeting per row
   */
  public Stream<Converted<Meeting>> events(InputStream in) {
    return stream(in, this::event);
  }

  /**
   * The rows of an {@code /events/{id}/eventitems} response, read one at a time. The same action
   * as agenda row and minutes row is only found when the items come together, as in {@link
   * #event}.
   *
   * @param in a JSON array of rows (or a single row), closed with the stream
   * @return one converted agenda item per row
   */
  public Stream<Converted<AgendaItem>> eventItems(InputStream in) {
    return stream(in, this::eventItem);
  }

  /**
   * The rows of a {@code /matters} response, read one at a time.
   *
   * @param in a JSON array of rows (or a single row), closed with the stream
   * @return one converted record per row
   */
  public Stream<Converted<DecisionRecord>> matters(InputStream in) {
    return stream(in, this::matter);
  }

  /**
   * The rows of an {@code /indexes} response, read one at a time.
   *
   * @param in a JSON array of rows (or a single row), closed with the stream
   * @return one converted classification per row
   */
  public Stream<Converted<Classification>> indexes(InputStream in) {
    return stream(in, this::index);
  }

  /**
   * Reads a whole JSON document (a response body) as a tree, for the methods that take several
   * arrays together.
   *
   * @param in the JSON, closed when read
   * @return the tree
   * @throws UncheckedIOException when it cannot be read
   * @throws JacksonException when it is not JSON
   */
  public static JsonNode tree(InputStream in) {
    try (InputStream input = in) {
      return MAPPER.readTree(input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What maps one row, reading through a source at a pointer. */
  private interface Mapping<T> {
    T map(JsonNode row, String at, Source source);
  }

  private static <T> Converted<T> convert(@Nullable JsonNode row, String at, String type, Mapping<? extends T> mapping) {
    String where = label(row, type);
    if (row == null || !row.isObject()) {
      return Converted.failed(where, List.of(new ConversionNote(Kind.FAILED, "legistar.not-an-object", at,
          "expected a Legistar " + type + " row (a JSON object), found " + (row == null ? "nothing"
              : row.getNodeType()))));
    }
    Source source = new Source();
    T value;
    try {
      value = mapping.map(row, at, source);
    } catch (RuntimeException e) {
      List<ConversionNote> notes = new ArrayList<>(source.notes());
      notes.add(new ConversionNote(Kind.FAILED, "legistar.unmappable", at, "the row could not be mapped: "
          + e.getMessage()));
      return Converted.failed(where, notes);
    }
    source.leftovers(row, at);
    return Converted.of(where, value, source.notes());
  }

  private static String label(@Nullable JsonNode row, String type) {
    if (row == null || !row.isObject()) {
      return type;
    }
    JsonNode id = row.path(type + "Id");
    return id.isMissingNode() || id.isNull() ? type : type + " " + id.asString();
  }

  private interface RowMapping<T> {
    Converted<T> map(JsonNode row);
  }

  private static <T> Stream<Converted<T>> stream(InputStream in, RowMapping<T> mapping) {
    RowIterator<T> iterator = new RowIterator<>(MAPPER.createParser(in), mapping);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED
        | Spliterator.NONNULL), false).onClose(() -> {
          iterator.parser.close();
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Walks a bare array of rows with the streaming parser, holding one row at a time. */
  private static final class RowIterator<T> extends AbstractIterator<Converted<T>> {
    private final JsonParser parser;
    private final RowMapping<T> mapping;
    private boolean started;
    private boolean done;
    private int index = -1;

    RowIterator(JsonParser parser, RowMapping<T> mapping) {
      this.parser = parser;
      this.mapping = mapping;
    }

    @Override
    protected @Nullable Converted<T> computeNext() {
      if (done) {
        return endOfData();
      }
      try {
        if (!started) {
          started = true;
          JsonToken first = parser.nextToken();
          if (first == null) {
            return endOfData();
          }
          if (first == JsonToken.START_OBJECT) {
            done = true;
            return withAt(mapping.map(MAPPER.readTree(parser)), "");
          }
          if (first != JsonToken.START_ARRAY) {
            done = true;
            return Converted.failed("document", List.of(new ConversionNote(Kind.FAILED, "legistar.not-an-array", "",
                "the document is neither an array of rows nor a row")));
          }
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
          done = true;
          return endOfData();
        }
        index++;
        JsonNode row = MAPPER.readTree(parser);
        return withAt(mapping.map(row), "/" + index);
      } catch (JacksonException e) {
        done = true;
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
            + e.getLocation().getColumnNr();
        return Converted.failed("[" + (index + 1) + "]", List.of(new ConversionNote(Kind.FAILED,
            "legistar.malformed-json", "", "the input is not well-formed JSON" + where + " ("
                + e.getOriginalMessage() + "); nothing after it was read")));
      }
    }

    /** The row's notes with pointers from the document's root ({@code /3/EventItemTitle}). */
    private static <T> Converted<T> withAt(Converted<T> row, String at) {
      if (at.isEmpty()) {
        return row;
      }
      List<ConversionNote> notes = new ArrayList<>();
      for (ConversionNote n : row.notes()) {
        notes.add(new ConversionNote(n.kind(), n.code(), at + n.path(), n.message()));
      }
      String source = at.substring(1) + ": " + row.source();
      return row.value().map(v -> Converted.of("[" + source.replaceFirst(":", "]"), v, notes))
          .orElseGet(() -> Converted.failed("[" + source.replaceFirst(":", "]"), notes));
    }
  }
}
