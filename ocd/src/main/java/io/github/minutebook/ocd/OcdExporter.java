package io.github.minutebook.ocd;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports Minutebook records as Open Civic Data / Popolo objects: a meeting as an {@code event},
 * and every vote recorded in a meeting or a decision record (on a resolution or one of its parts,
 * a motion or an amendment) as a {@code vote_event}; each object a {@link Converted} with notes on
 * what OCD could not carry.
 *
 * <pre>{@code
 * OcdExporter exporter = OcdExporter.builder()
 *     .source("https://democracy.example.gov.uk/ieListDocuments.aspx?MId=123")   // where the data came from
 *     .build();
 *
 * for (Converted<ObjectNode> object : exporter.objects(meeting)) {
 *   object.value().ifPresent(json -> System.out.println(json.get("_type")));   // event, vote_event, ...
 *   object.notes().forEach(System.err::println);
 * }
 *
 * try (OcdWriter writer = exporter.writer(out)) {   // one JSON array, streamed
 *   records.forEach(record -> writer.write(record).forEach(System.err::println));
 * }
 * }</pre>
 *
 * <p>The objects have pupa's field names (the OCD scraper's schemas, {@code
 * pupa/scrape/schemas/event.py} and {@code vote_event.py}) and its code lists ({@code status}
 * cancelled, confirmed, passed; {@code result} pass, fail; options yes, no, abstain, absent, not
 * voting, paired, excused), with {@code _type} saying which kind of object each is. Where pupa and
 * Popolo's schemas differ (a location is an object in OCD and a string in Popolo; a vote event's
 * organization and legislative session are names in OCD and objects in Popolo), OCD's shape is
 * written; {@code docs/ocd.md} lists the differences.
 *
 * <p>Nothing is invented: what Minutebook does not know is left out. A meeting's date-time is
 * written with its offset where the record has a time zone, and as a date alone otherwise.
 * Objects carry the record's own sources (its web page, where its provenance says it came from)
 * and the exporter's {@linkplain Builder#source source}, where set; OCD's importers require at
 * least one. The output is deterministic: the same records give the same bytes. An exporter is
 * immutable and may be shared between threads.
 */
public final class OcdExporter {
  private final @Nullable String source;

  private OcdExporter(Builder builder) {
    this.source = builder.source;
  }

  /** A builder for an exporter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address every object gives as a source, where set. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The OCD objects of one record, in a fixed order: for a meeting its event first, then a vote
   * event for every vote it records, in document order; for a decision record the vote events of
   * its decisions. Each is a {@link Converted} whose notes say what it could not carry (kind {@code
   * NOT_CARRIED}) or left out (kind {@code LEFT_OUT}), with Minutebook paths and codes starting
   * {@code ocd.}. A decision record without votes gives an empty list.
   */
  public List<Converted<ObjectNode>> objects(CouncilRecord record) {
    Objects.requireNonNull(record, "record");
    return new OcdExport(this, record).objects();
  }

  /**
   * A writer of one JSON array of OCD objects to {@code out}, in UTF-8. {@code out} is not closed.
   */
  public OcdWriter writer(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new OcdWriter(this, out);
  }

  /** Whether {@code text} is an absolute URI, ASCII without spaces. */
  static boolean isUri(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return false;
      }
    }
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Builds an {@link OcdExporter}; nothing is required. */
  public static final class Builder {
    private @Nullable String source;

    private Builder() {}

    /**
     * The address the records were read from, written as a source of every object beside the
     * record's own: OCD asks each object for at least one source.
     *
     * @throws IllegalArgumentException if {@code url} is not an absolute URI
     */
    public Builder source(String url) {
      checkArgument(isUri(url), "the source \"%s\" is not an absolute URI", url);
      this.source = url;
      return this;
    }

    /** The exporter. */
    public OcdExporter build() {
      return new OcdExporter(this);
    }
  }
}
