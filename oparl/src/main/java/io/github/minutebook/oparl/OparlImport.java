package io.github.minutebook.oparl;

import com.google.common.collect.AbstractIterator;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Consultation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads OParl 1.1 JSON already fetched from a council's OParl server into Minutebook values: a
 * Meeting (with its embedded agenda items and files) becomes a {@link Meeting}, a Paper (with its
 * embedded consultations and files) a {@link DecisionRecord}; each comes as a {@link Converted}
 * with the notes on what happened to it.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("meetings-page-1.json"));
 *     Stream<Converted<CouncilRecord>> records = OparlImport.read(in)) {
 *   records.forEach(record -> record.value().ifPresentOrElse(pipeline::accept,
 *       () -> System.err.println(record.source() + ": " + record.notes())));
 * }
 * }</pre>
 *
 * <p>Every OParl id (a URL) is kept as the id of what it became, and {@code created} and {@code
 * modified} as its provenance; linked objects that are not embedded are kept as their URLs (the
 * meeting's organization as its body, an agenda item's consultation as a consultation with that
 * id). Nothing is made up: a value the object does not give stays unknown.
 *
 * <p>Quirks are read as meant, each with a {@link Kind#HANDLED} note: an empty or space-padded
 * agenda number ({@code oparl.empty-number}, {@code oparl.padded-number}), a meeting that ends
 * before it starts (kept as given, {@code oparl.end-before-start}), an empty string (not stated,
 * {@code oparl.empty-value}), an embedded object marked {@code deleted} (not mapped, {@code
 * oparl.deleted}). Every value the model has no place for is listed by its JSON Pointer ({@link
 * Kind#NOT_CARRIED}, {@code oparl.not-mapped}). An object that cannot be mapped at all, a top-level
 * object marked deleted, and an object that is neither a Meeting nor a Paper are {@linkplain
 * Converted#failed failed} with the reason, and the objects after them are read.
 */
public final class OparlImport {
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 << 20).build()).build())
      // an object is read as a tree in the middle of its page
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private OparlImport() {}

  /**
   * An OParl Meeting, with whatever it embeds (agenda items, location, files).
   *
   * @param meeting the Meeting object as the server sent it
   * @return the meeting, or why it could not be mapped
   */
  public static Converted<Meeting> meeting(JsonNode meeting) {
    return convert(meeting, "", label(meeting), ObjectMapping::meeting);
  }

  /**
   * An OParl Paper, with whatever it embeds (consultations, files), as a decision record of kind
   * {@code legislation}.
   *
   * @param paper the Paper object as the server sent it
   * @return the record, or why it could not be mapped
   */
  public static Converted<DecisionRecord> paper(JsonNode paper) {
    return convert(paper, "", label(paper), ObjectMapping::paper);
  }

  /**
   * An OParl Consultation on its own (as a {@code /consultations} list gives it), with the paper
   * it belongs to as its record id.
   *
   * @param consultation the Consultation object
   * @return the consultation, or why it could not be mapped
   */
  public static Converted<Consultation> consultation(JsonNode consultation) {
    return convert(consultation, "", label(consultation), ObjectMapping::consultation);
  }

  /**
   * An OParl Organization as a body: its id, name and short name. Its memberships, meetings and
   * the rest are listed as not carried.
   *
   * @param organization the Organization object
   * @return the body, or why it could not be mapped
   */
  public static Converted<Body> organization(JsonNode organization) {
    return convert(organization, "", label(organization), ObjectMapping::organization);
  }

  /**
   * An OParl Body (the municipality whose council it is) as a body of kind {@code authority}: its
   * name, short name, contact e-mail, location, and its official keys (AGS, RGS) as identifiers
   * under the schemes {@code DE-AGS} and {@code DE-RGS}. Its list URLs (where a client pages
   * through its meetings, papers and people) and legislative terms are listed as not carried.
   *
   * @param body the Body object
   * @return the body, or why it could not be mapped
   */
  public static Converted<Body> body(JsonNode body) {
    return convert(body, "", label(body), ObjectMapping::body);
  }

  /**
   * An OParl Person: the name (without the academic titles it starts with, which become the
   * honorific), the first e-mail address, telephone number and status (the post held), the web page
   * and the body as the organisation they belong to. Memberships, the form of address, gender and
   * further addresses and numbers are listed as not carried.
   *
   * @param person the Person object
   * @return the person, or why it could not be mapped
   */
  public static Converted<Person> person(JsonNode person) {
    return convert(person, "", label(person), ObjectMapping::person);
  }

  /**
   * A Meeting or a Paper, by its {@code type}; any other object is failed, with a note saying
   * which type it was.
   *
   * @param object an OParl object
   * @return the meeting or decision record, or why none was made
   */
  public static Converted<CouncilRecord> record(JsonNode object) {
    return record(object, "", label(object));
  }

  private static Converted<CouncilRecord> record(JsonNode object, String at, String where) {
    String type = ObjectMapping.type(object);
    if (type.equals("Meeting")) {
      return convert(object, at, where, ObjectMapping::meeting);
    } else if (type.equals("Paper")) {
      return convert(object, at, where, ObjectMapping::paper);
    }
    return Converted.failed(where, List.of(new ConversionNote(Kind.FAILED, "oparl.not-a-record", at,
        type.isEmpty() ? "an object without an OParl type; only Meetings and Papers become records"
            : "an OParl " + type + " is not a meeting or a paper; only Meetings and Papers become records")));
  }

  /**
   * The Meetings and Papers of an OParl JSON document, read lazily from {@code in}, which the
   * stream closes when it is closed: a single object, a list page ({@code data} with {@code links}
   * and {@code pagination}, which are for paging and are not records), or a bare array of
   * objects (as caches keep them). A list page is streamed, holding one object at a time.
   *
   * @param in the JSON
   * @return one converted value per object, in order; JSON that is not well formed ends the stream
   *     with a failed value saying where
   */
  public static Stream<Converted<CouncilRecord>> read(InputStream in) {
    Objects objects = new Objects(MAPPER.createParser(in));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(objects, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> {
          objects.parser.close();
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * A whole document (an answer of an OParl server) as a tree, with the same limits as {@link #read}.
   *
   * @throws JacksonException if it is not well-formed JSON
   */
  static JsonNode tree(byte[] json) {
    return MAPPER.readTree(json);
  }

  /** For people: the object's type and id ({@code Meeting https://…/meetings/9531}). */
  private static String label(JsonNode object) {
    String type = ObjectMapping.type(object);
    String id = object.path("id").asString("");
    String label = (type.isEmpty() ? "object" : type) + (id.isEmpty() ? "" : " " + id);
    return label;
  }

  /** What maps one object, reading through a source at a pointer. */
  private interface Mapping<T> {
    T map(JsonNode object, String at, Source source);
  }

  private static <T> Converted<T> convert(JsonNode object, String at, String where, Mapping<? extends T> mapping) {
    Source source = new Source();
    if (object == null || !object.isObject()) {
      return Converted.failed(where, List.of(new ConversionNote(Kind.FAILED, "oparl.not-an-object", at,
          "expected an OParl object, found " + (object == null ? "nothing" : object.getNodeType()))));
    }
    if (ObjectMapping.deleted(object, at, source)) {
      return Converted.failed(where, List.of(new ConversionNote(Kind.FAILED, "oparl.deleted", at,
          "the object is marked deleted (\"deleted\": true); nothing is made of it")));
    }
    T value;
    try {
      value = mapping.map(object, at, source);
    } catch (RuntimeException e) {
      List<ConversionNote> notes = new ArrayList<>(source.notes());
      notes.add(new ConversionNote(Kind.FAILED, "oparl.unmappable", at, "the object could not be mapped: "
          + e.getMessage()));
      return Converted.failed(where, notes);
    }
    source.leftovers(object, at);
    return Converted.of(where, value, source.notes());
  }

  /** Walks a document with the streaming parser, holding one object at a time. */
  private static final class Objects extends AbstractIterator<Converted<CouncilRecord>> {
    private final JsonParser parser;
    private boolean started;
    private boolean done;
    /** Inside an array of objects: the pointer of the array ("" or "/data"); null otherwise. */
    private @Nullable String array;
    private int index = -1;
    /** The top-level object's fields read so far, when it is not (yet known to be) a list page. */
    private @Nullable ObjectNode single;
    private boolean page;

    Objects(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    protected @Nullable Converted<CouncilRecord> computeNext() {
      try {
        return next0();
      } catch (JacksonException e) {
        done = true;
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
            + e.getLocation().getColumnNr();
        String message = String.valueOf(e.getOriginalMessage());
        return Converted.failed(array == null ? "document" : array + "/" + (index + 1), List.of(new ConversionNote(
            Kind.FAILED, "oparl.malformed-json", "", "the input is not well-formed JSON" + where + " (" + message
                + "); nothing after it was read")));
      }
    }

    private @Nullable Converted<CouncilRecord> next0() {
      if (done) {
        return endOfData();
      }
      if (!started) {
        started = true;
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
          array = "";
        } else if (first == JsonToken.START_OBJECT) {
          single = MAPPER.createObjectNode();
        } else {
          done = true;
          return first == null ? endOfData() : Converted.failed("document", List.of(new ConversionNote(Kind.FAILED,
              "oparl.not-an-object", "", "the document is neither an OParl object, a list page nor an array")));
        }
      }
      while (true) {
        if (array != null) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            array = null;
            if (single == null) {
              done = true;
              return endOfData();
            }
            continue;
          }
          index++;
          JsonNode object = MAPPER.readTree(parser);
          String at = array + "/" + index;
          String where = (array.isEmpty() ? "[" + index + "]" : "data[" + index + "]") + " (" + label(object) + ")";
          return record(object, at, where);
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT || token == null) {
          done = true;
          if (page || single == null) {
            return endOfData();
          }
          return record(single, "", label(single));
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        ObjectNode fields = java.util.Objects.requireNonNull(single, "single");
        if (name.equals("data") && value == JsonToken.START_ARRAY) {
          page = true;
          array = "/data";
          index = -1;
          continue;
        }
        fields.set(name, MAPPER.readTree(parser));
      }
    }
  }
}
