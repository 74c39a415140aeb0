package io.github.minutebook.oparl;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports Minutebook records as OParl 1.1 objects: a {@link Meeting} as an OParl Meeting (with its
 * agenda items, location and files embedded), a {@link DecisionRecord} as a Paper (with its
 * consultations and files embedded), and beside each the Organizations, Persons and Consultations
 * it refers to, each object a {@link Converted} with notes on what OParl could not carry.
 *
 * <pre>{@code
 * OparlExporter exporter = OparlExporter.builder("https://ris.example.de/oparl/").build();
 *
 * for (Converted<ObjectNode> object : exporter.objects(meeting)) {
 *   object.value().ifPresent(json -> System.out.println(json.get("id")));
 *   object.notes().forEach(System.err::println); // NOT_CARRIED oparl.no-field at agendaItems[2].resolutions ...
 * }
 *
 * try (OparlListWriter writer = exporter.writer(out)) {   // one list page, streamed
 *   for (CouncilRecord record : records) {
 *     writer.write(record).forEach(System.err::println);
 *   }
 * }
 * }</pre>
 *
 * <p>OParl ids are URLs. A record, item, file, body or person whose Minutebook id is already an
 * absolute http(s) URL (as {@link OparlImport} keeps an OParl id) keeps it as its OParl id. Any
 * other is given a URL under the exporter's base URL, minted from what identifies it in Minutebook
 * and nothing else: {@code meeting/{id}}, {@code paper/{id}}, {@code organization/{id or name}},
 * {@code person/{id or name}}, and below a meeting's URL {@code /agendaItem/{id or position}},
 * {@code /location}, {@code /file/{id or position}}, {@code /consultation/{…}}; a record without
 * an id is given the first 16 hex digits of the SHA-256 of its content. The same record always
 * gets the same URLs.
 *
 * <p>Nothing is invented: a value Minutebook does not know is left out of the object, never
 * defaulted. An agenda item's {@code order}, which OParl requires, is the model's order where it
 * has one and otherwise the item's position on the agenda. What OParl has no place for is listed
 * by its Minutebook path ({@code oparl.no-field}); a file without an address, which OParl cannot
 * hold (its {@code accessUrl} is required), is left out with a note ({@code oparl.file-no-url}).
 *
 * <p>The output is deterministic: the same records give the same bytes, fields in a fixed order;
 * no clock is read. An exporter is immutable and may be shared between threads.
 */
public final class OparlExporter {
  /** The OParl 1.1 schema URL every type URL starts with. */
  public static final String SCHEMA = ObjectMapping.SCHEMA;

  private final String baseUrl;

  private OparlExporter(Builder builder) {
    this.baseUrl = builder.baseUrl;
  }

  /**
   * A builder for an exporter minting URLs under {@code baseUrl}, the address the objects will be
   * published at ({@code https://ris.example.de/oparl/}); a slash is added where it does not end
   * with one.
   *
   * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http or https URL
   */
  public static Builder builder(String baseUrl) {
    return new Builder(baseUrl);
  }

  /** The base URL minted ids start with, ending in a slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The OParl objects of one record, in a fixed order: first the Meeting or Paper, then the
   * Organizations, the Persons and (for a meeting) the Consultations it refers to, each once. Each
   * is a {@link Converted} with the notes on what it could not carry (kind {@code NOT_CARRIED}) or
   * left out (kind {@code LEFT_OUT}), with Minutebook paths and codes starting {@code oparl.}; the
   * notes on the record's own fields are on its first object.
   *
   * @param record a meeting or a decision record
   * @return the objects; never empty
   */
  public List<Converted<ObjectNode>> objects(CouncilRecord record) {
    Objects.requireNonNull(record, "record");
    OparlExport export = new OparlExport(this);
    if (record instanceof Meeting meeting) {
      return export.meeting(meeting);
    } else if (record instanceof DecisionRecord decisionRecord) {
      return export.paper(decisionRecord);
    }
    throw new IllegalArgumentException("not a meeting or a decision record: " + record.getClass());
  }

  /**
   * A writer of one OParl list page to {@code out}, in UTF-8, holding the objects of each record
   * {@linkplain OparlListWriter#write given to it}. {@code out} is not closed.
   */
  public OparlListWriter writer(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new OparlListWriter(this, out);
  }

  /** Whether {@code text} is an absolute http or https URL, ASCII without spaces. */
  static boolean isUrl(String text) {
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
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return uri.isAbsolute() && uri.getHost() != null && scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Builds an {@link OparlExporter}. Only the base URL is required. */
  public static final class Builder {
    private final String baseUrl;

    private Builder(String baseUrl) {
      checkArgument(isUrl(baseUrl), "the base URL \"%s\" is not an absolute http or https URL", baseUrl);
      this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The exporter. */
    public OparlExporter build() {
      return new OparlExporter(this);
    }
  }
}
