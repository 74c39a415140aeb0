package io.github.minutebook.ocds;

import com.google.common.collect.AbstractIterator;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/**
 * Reads OCDS data into Minutebook decision records: each release of a release package, each
 * record of a record package (its compiled release, or else each of its releases), or a single
 * release becomes one {@link Converted} holding a {@link DecisionRecord} of the contract notice,
 * or the reason it could not be read.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("release-package.json"));
 *     Stream<Converted<DecisionRecord>> records = OcdsImport.standard().read(in)) {
 *   records.forEach(record -> record.value().ifPresentOrElse(pipeline::accept,
 *       () -> System.err.println(record.source() + ": " + record.notes())));
 * }
 * }</pre>
 *
 * <p>The input is streamed: one release is held at a time, so a package of any size takes the
 * memory of its largest release. The package's own fields ({@code uri}, {@code publishedDate},
 * {@code publisher}, {@code license}) are read as they come and given to the releases after them;
 * a package that writes them after its releases gives its releases none (as its note says).
 *
 * <p>Real data is read as it is meant, and each time it is, the record's notes say so ({@link
 * ConversionNote.Kind#HANDLED}): HTML character references inside strings are decoded; a value of
 * 0 (which Contracts Finder writes where the buyer gave none) is no value; the method given only
 * in {@code procurementMethodDetails} is read from its words; identifiers with an empty scheme or
 * id are none. Personal contact details ({@code contactPoint}) are not carried into the record,
 * and every other value the model has no place for is listed ({@link
 * ConversionNote.Kind#NOT_CARRIED}, code {@code ocds.not-mapped}) rather than dropped without a
 * word. A release that cannot be mapped is {@linkplain Converted#failed failed} with its reason,
 * and the releases after it are read; JSON that is not well formed ends the stream with a failed
 * record saying where.
 */
public final class OcdsImport {
  private static final OcdsImport STANDARD = new OcdsImport();

  private final JsonMapper mapper;

  private OcdsImport() {
    this.mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 << 20).build()).build())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // a release is read as a tree in the middle of its package
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The importer. */
  public static OcdsImport standard() {
    return STANDARD;
  }

  /**
   * The records of an OCDS release package, record package or single release, read lazily from
   * {@code in}, which the stream closes when it is closed.
   */
  public Stream<Converted<DecisionRecord>> read(InputStream in) {
    Releases releases = new Releases(mapper.createParser(in));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(releases, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(() -> {
          releases.parser.close();
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Walks a package with the streaming parser, holding one release at a time. */
  private final class Releases extends AbstractIterator<Converted<DecisionRecord>> {
    private final JsonParser parser;
    private @Nullable String uri;
    private @Nullable String publishedDate;
    private @Nullable String publisher;
    private @Nullable String license;
    /** The array being read: "releases" or "records"; null before it and after it. */
    private @Nullable String array;
    private int index = -1;
    /** The releases of a record that has no compiled release, given one at a time. */
    private @Nullable JsonNode recordReleases;
    private int recordRelease;
    private int recordIndex;
    private boolean started;
    private boolean done;
    private boolean sawPackageField;

    Releases(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    protected @Nullable Converted<DecisionRecord> computeNext() {
      try {
        return next0();
      } catch (JacksonException e) {
        done = true;
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
            + e.getLocation().getColumnNr();
        return Converted.failed(position(), List.of(new ConversionNote(Kind.FAILED, "ocds.malformed-json", pointer(),
            "the input is not well-formed JSON" + where + " (" + problem(e) + "); nothing after it was read")));
      }
    }

    /** Jackson's words for what is wrong, without its description of where (given apart) or of the source. */
    private String problem(JacksonException e) {
      String message = String.valueOf(e.getOriginalMessage());
      int marker = message.indexOf(" (start marker at");
      return marker < 0 ? message : message.substring(0, marker);
    }

    private @Nullable Converted<DecisionRecord> next0() {
      if (recordReleases != null) {
        if (recordRelease < recordReleases.size()) {
          int i = recordRelease++;
          return ReleaseMapper.map(recordReleases.get(i), "/records/" + recordIndex + "/releases/" + i,
              "records[" + recordIndex + "].releases[" + i + "]", info());
        }
        recordReleases = null;
      }
      if (done) {
        return endOfData();
      }
      if (!started) {
        started = true;
        JsonToken first = parser.nextToken();
        if (first == null) {
          done = true;
          return endOfData();
        }
        if (first != JsonToken.START_OBJECT) {
          done = true;
          return Converted.failed("the input", List.of(new ConversionNote(Kind.FAILED, "ocds.not-a-package", "",
              "an OCDS package or release is a JSON object; the input starts with " + first)));
        }
      }
      while (true) {
        if (array != null) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            array = null;
            continue;
          }
          index++;
          JsonNode node = mapper.readTree(parser);
          if (array.equals("releases")) {
            return ReleaseMapper.map(node, "/releases/" + index, "releases[" + index + "]" + ocid(node), info());
          }
          return record(node);
        }
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_OBJECT) {
          done = true;
          return endOfData();
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "releases", "records" -> {
            if (value == JsonToken.START_ARRAY) {
              array = name;
              index = -1;
              continue;
            }
            parser.skipChildren();
          }
          case "uri" -> uri = value.isScalarValue() ? parser.getValueAsString() : skip();
          case "publishedDate" -> publishedDate = value.isScalarValue() ? parser.getValueAsString() : skip();
          case "license" -> license = value.isScalarValue() ? parser.getValueAsString() : skip();
          case "publisher" -> {
            if (value == JsonToken.START_OBJECT) {
              JsonNode node = mapper.readTree(parser);
              publisher = node.path("name").isString() ? HtmlEntities.decode(node.path("name").asString()) : null;
            } else {
              parser.skipChildren();
            }
          }
          case "ocid", "id", "tag", "tender", "awards", "parties", "buyer" -> {
            // a single release, not a package: read it whole from here
            return single(name);
          }
          default -> parser.skipChildren();
        }
        sawPackageField = true;
      }
    }

    /** A release given on its own: the fields read so far are its first. */
    private Converted<DecisionRecord> single(String firstName) {
      tools.jackson.databind.node.ObjectNode release = mapper.createObjectNode();
      release.set(firstName, mapper.readTree(parser));
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        release.set(name, mapper.readTree(parser));
      }
      done = true;
      return ReleaseMapper.map(release, "", "the release" + ocid(release), ReleaseMapper.PackageInfo.NONE);
    }

    private Converted<DecisionRecord> record(JsonNode record) {
      recordIndex = index;
      JsonNode compiled = record.path("compiledRelease");
      if (compiled.isObject()) {
        return ReleaseMapper.map(compiled, "/records/" + index + "/compiledRelease",
            "records[" + index + "].compiledRelease" + ocid(compiled), info());
      }
      JsonNode releases = record.path("releases");
      boolean embedded = releases.isArray() && releases.size() > 0 && releases.get(0).has("tag");
      if (!embedded) {
        return Converted.failed("records[" + index + "]", List.of(new ConversionNote(Kind.FAILED, "ocds.linked-releases-only",
            "/records/" + index, "the record has no compiled release and links its releases rather than holding them;"
                + " read the release packages they are in")));
      }
      recordReleases = releases;
      recordRelease = 0;
      Converted<DecisionRecord> first = next0();
      return first != null ? first : Converted.failed("records[" + index + "]", List.of(new ConversionNote(Kind.FAILED,
          "ocds.empty-record", "/records/" + index, "the record holds no release")));
    }

    private String ocid(JsonNode release) {
      JsonNode ocid = release.path("ocid");
      return ocid.isString() ? " (ocid " + ocid.asString() + ")" : "";
    }

    private ReleaseMapper.PackageInfo info() {
      return new ReleaseMapper.PackageInfo(uri, publishedDate, publisher, license);
    }

    private @Nullable String skip() {
      parser.skipChildren();
      return null;
    }

    private String position() {
      return array == null ? "the input" : array + "[" + Math.max(index, 0) + "]";
    }

    private String pointer() {
      return array == null ? "" : "/" + array + "/" + Math.max(index, 0);
    }
  }
}
