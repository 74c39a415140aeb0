package io.github.minutebook.threesixtygiving;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a 360Giving package, {@code {"grants": [...]}}, as Minutebook decision records, one grant
 * at a time, in constant memory whatever the package's size.
 *
 * <p>Each grant becomes one {@link DecisionRecord}: the funding organisation's decision, dated the
 * award date, whose one resolution part (the grant's description) holds the grant as an approved
 * {@link io.github.minutebook.funding.FundingAllocation} with the grant's id, title (as its
 * purpose), amount, planned dates, recipient and programme. Whatever of the grant Minutebook has no
 * place for is a {@link ConversionNote.Kind#NOT_CARRIED} note on it. A grant with a value the
 * standard does not allow (an amount that is not a number, a date that is not a date) is a failed
 * {@link Converted} with the reason, and the grants after it are read all the same.
 *
 * <pre>{@code
 * try (Stream<Converted<DecisionRecord>> grants = GrantReader.read(in)) {
 *   grants.forEach(grant -> grant.value().ifPresentOrElse(pipeline::accept,
 *       () -> System.err.println(grant)));
 * }
 * }</pre>
 *
 * <p>The package's {@code publisher.name} and {@code license}, where they come before the grants,
 * become each record's provenance; its other properties are noted once, on the grant read next
 * (or on the last grant, where they come after the grants). Input that is not JSON ends the stream
 * with a failed {@code Converted} saying where; nothing after it can be read.
 */
public final class GrantReader {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // a grant is one value among others
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private GrantReader() {}

  /**
   * The grants of the package in {@code in}, lazily, in order: one {@code Converted} a grant, and
   * a failed one where the package itself cannot be read. Close the stream to close the input.
   *
   * <p>The stream throws {@link UncheckedIOException} if the input cannot be read.
   */
  public static Stream<Converted<DecisionRecord>> read(InputStream in) {
    Grants grants = new Grants(Objects.requireNonNull(in, "in"));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(grants,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(grants::close);
  }

  /** The package's grants, read one ahead, so that what follows the last can be noted on it. */
  private static final class Grants implements Iterator<Converted<DecisionRecord>> {
    private enum State { START, GRANTS, DONE }

    private final InputStream in;
    /** Made when the first grant is asked for, so that reading starts then. */
    private @Nullable JsonParser parser;
    private final ArrayDeque<Converted<DecisionRecord>> ready = new ArrayDeque<>();
    private State state = State.START;
    private Optional<String> publisher = Optional.empty();
    private Optional<String> licence = Optional.empty();
    /** Notes on the package's own properties, for the grant read next. */
    private final List<ConversionNote> pending = new ArrayList<>();
    /** Whether the parser stands on the next grant's first token already. */
    private boolean positioned;
    private int index;
    private int arrayDepth;

    Grants(InputStream in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && state != State.DONE) {
        String source = state == State.START ? "package" : "grants[" + index + "]";
        try {
          step();
        } catch (JacksonIOException e) {
          state = State.DONE;
          IOException cause = e.getCause();
          throw new UncheckedIOException(cause != null ? cause : new IOException(e));
        } catch (JacksonException e) {
          state = State.DONE;
          ready.add(notJson(source, e));
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Converted<DecisionRecord> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.remove();
    }

    void close() {
      if (parser != null) {
        parser.close();
      } else {
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private JsonParser parser() {
      if (parser == null) {
        throw new IllegalStateException("the package is not open");
      }
      return parser;
    }

    /** Reads the start of the package, or one grant and what follows it up to the next. */
    private void step() {
      if (state == State.START) {
        parser = MAPPER.createParser(in);
        start();
        return;
      }
      JsonParser parser = parser();
      JsonToken token = positioned ? parser.currentToken() : parser.nextToken();
      positioned = false;
      if (token == JsonToken.END_ARRAY) { // an empty list of grants
        ready.addAll(rest());
        state = State.DONE;
        return;
      }
      String source = "grants[" + index + "]";
      index++;
      List<ConversionNote> before = List.copyOf(pending);
      pending.clear();
      JsonNode grant = null;
      String refused = null;
      try {
        grant = MAPPER.readTree(parser);
        source = GrantImport.source(index - 1, grant);
      } catch (StreamReadException | JacksonIOException e) {
        throw e;
      } catch (JacksonException e) {
        // well-formed JSON that the tree reader refuses (a key given twice): skip to the grant's end
        refused = e.getOriginalMessage();
        skipToGrantEnd();
      }
      // read one ahead, so that what follows the last grant is noted on it
      List<Converted<DecisionRecord>> failures = new ArrayList<>();
      try {
        if (parser.nextToken() == JsonToken.END_ARRAY) {
          failures.addAll(rest());
          state = State.DONE;
        } else {
          positioned = true;
        }
      } catch (StreamReadException e) { // the grant is whole; what follows it is not JSON
        state = State.DONE;
        failures.add(notJson("grants[" + index + "]", e));
      }
      List<ConversionNote> after = List.copyOf(pending);
      pending.clear();
      if (grant != null) {
        ready.add(GrantImport.grant(grant, source, new GrantImport.PackageFacts(publisher, licence), before, after));
      } else {
        List<ConversionNote> notes = new ArrayList<>(before);
        notes.add(new ConversionNote(Kind.FAILED, Standard.CODE + "invalid-grant", "",
            "the grant cannot be read: " + refused));
        notes.addAll(after);
        ready.add(Converted.failed(source, notes));
      }
      ready.addAll(failures);
    }

    /** Reads the package up to its grants, noting or keeping the properties before them. */
    private void start() {
      JsonParser parser = parser();
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        state = State.DONE;
        ready.add(failedPackage(token == null ? "the input is empty"
            : "a 360Giving package is a JSON object with a list of grants; this is " + token.asString()));
        return;
      }
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        token = parser.nextToken();
        if (name.equals("grants")) {
          if (token != JsonToken.START_ARRAY) {
            state = State.DONE;
            ready.add(failedPackage("the package's grants are not a list"));
            return;
          }
          arrayDepth = parser.streamReadContext().getNestingDepth();
          state = State.GRANTS;
          return;
        }
        packageProperty(name, MAPPER.readTree(parser), true);
      }
      state = State.DONE;
      ready.add(failedPackage("the package has no grants"));
    }

    /** Reads what follows the grants: the package's other properties and the end of the input. */
    private List<Converted<DecisionRecord>> rest() {
      JsonParser parser = parser();
      List<Converted<DecisionRecord>> failures = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        JsonNode value = MAPPER.readTree(parser);
        if (name.equals("grants")) {
          failures.add(failedPackage("a second list of grants, of " + value.size()
              + ", is not read: a package has one"));
        } else {
          packageProperty(name, value, false);
        }
      }
      if (token == JsonToken.END_OBJECT && parser.nextToken() != null) {
        pending.add(new ConversionNote(Kind.NOT_CARRIED, Standard.NOT_CARRIED, "",
            "what follows the package" + where(parser.currentTokenLocation()) + " is not read"));
      }
      return failures;
    }

    private void packageProperty(String name, JsonNode value, boolean beforeGrants) {
      if (value.isNull()) {
        return;
      }
      if (beforeGrants && name.equals("license") && value.isString()) {
        licence = Optional.of(value.stringValue());
        return;
      }
      if (beforeGrants && name.equals("publisher") && value.isObject()) {
        JsonNode publisherName = value.path("name");
        if (publisherName.isString()) {
          publisher = Optional.of(publisherName.stringValue());
        }
        for (String property : value.propertyNames()) {
          if (!(property.equals("name") && publisherName.isString()) && !value.get(property).isNull()) {
            pending.add(new ConversionNote(Kind.NOT_CARRIED, Standard.NOT_CARRIED, "",
                "the package's publisher " + property + " " + value.get(property) + ": Minutebook has no place for it"));
          }
        }
        return;
      }
      pending.add(new ConversionNote(Kind.NOT_CARRIED, Standard.NOT_CARRIED, "",
          "the package's " + name + " " + abbreviate(value.toString())
              + (beforeGrants ? "" : ", which follows the grants") + ": Minutebook has no place for it"));
    }

    /** After a grant the tree reader refused, moves to the grant's end, back at the level of the list. */
    private void skipToGrantEnd() {
      JsonParser parser = parser();
      JsonToken token = parser.currentToken();
      while (!(token == JsonToken.END_OBJECT && parser.streamReadContext().getNestingDepth() == arrayDepth)) {
        token = parser.nextToken();
        if (token == null) {
          throw new IllegalStateException("the input ended inside a grant");
        }
      }
    }

    private static Converted<DecisionRecord> notJson(String source, JacksonException e) {
      return Converted.failed(source, List.of(new ConversionNote(Kind.FAILED, Standard.CODE + "not-json", "",
          "the package is not well-formed JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage()
              + "; nothing after it is read")));
    }

    private Converted<DecisionRecord> failedPackage(String message) {
      return Converted.failed("package", List.of(new ConversionNote(Kind.FAILED, Standard.CODE + "not-a-package", "",
          message)));
    }
  }

  private static String where(@Nullable TokenStreamLocation location) {
    return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
