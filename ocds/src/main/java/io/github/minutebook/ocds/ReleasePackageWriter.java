package io.github.minutebook.ocds;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one OCDS release package to a stream as records are given to it, one at a time, in
 * constant memory: the package's metadata when it is made, the releases of each record as it is
 * {@linkplain #write written}, and the end of the package when it is {@linkplain #close closed}.
 * Made by {@link OcdsExporter#writer}.
 *
 * <pre>{@code
 * try (ReleasePackageWriter writer = exporter.writer(Files.newOutputStream(path))) {
 *   for (CouncilRecord record : records) {
 *     for (ConversionNote note : writer.write(record)) {
 *       log.info(note.toString());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The package is compact UTF-8 JSON, its fields in a fixed order: {@code uri}, {@code version},
 * {@code extensions}, {@code publishedDate} (where the exporter sets one), {@code publisher},
 * {@code license}, {@code publicationPolicy}, {@code releases}. Where the exporter sets no published
 * date, no clock is read: the package's {@code publishedDate} is written after the releases, as the
 * latest of their dates ("the date of the last change to the underlying contents", as OCDS says of
 * a package made on demand). The same records give the same bytes.
 *
 * <p>OCDS requires a package to hold at least one release: a package written from records without
 * contract awards has an empty {@code releases} array and no {@code publishedDate}, and is not a
 * valid package; {@link #releaseCount()} tells. A writer belongs to one thread.
 */
public final class ReleasePackageWriter implements AutoCloseable {
  /** Writes trees as they are built; big decimals in plain notation; the caller's stream left open. */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final OcdsExporter exporter;
  private final JsonGenerator generator;
  private long releases;
  private @Nullable OffsetDateTime latest;
  private @Nullable String latestText;
  private boolean closed;

  ReleasePackageWriter(OcdsExporter exporter, OutputStream out) {
    this.exporter = exporter;
    this.generator = MAPPER.createGenerator(out, JsonEncoding.UTF8);
    generator.writeStartObject();
    generator.writeStringProperty("uri", exporter.packageUri().orElseThrow());
    generator.writeStringProperty("version", OcdsExporter.OCDS_VERSION);
    generator.writeArrayPropertyStart("extensions");
    for (String extension : OcdsExporter.EXTENSIONS) {
      generator.writeString(extension);
    }
    generator.writeEndArray();
    if (exporter.publishedDate().isPresent()) {
      generator.writeStringProperty("publishedDate",
          OcdsExportRelease.dateTime(exporter.publishedDate().get()).orElseThrow());
    }
    generator.writeObjectPropertyStart("publisher");
    generator.writeStringProperty("name", exporter.publisher().orElseThrow());
    if (exporter.publisherUri().isPresent()) {
      generator.writeStringProperty("uri", exporter.publisherUri().get());
    }
    generator.writeEndObject();
    if (exporter.license().isPresent()) {
      generator.writeStringProperty("license", exporter.license().get());
    }
    if (exporter.publicationPolicy().isPresent()) {
      generator.writeStringProperty("publicationPolicy", exporter.publicationPolicy().get());
    }
    generator.writeArrayPropertyStart("releases");
  }

  /**
   * Writes the releases of one record, one for each contract award it holds (none for a record
   * without any), and gives the notes on them: what OCDS could not carry, what was left out, and
   * the awards no release could be made of, each with the Minutebook path of its award.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws tools.jackson.core.JacksonException if the stream cannot be written
   */
  public List<ConversionNote> write(CouncilRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the release package is closed");
    }
    List<Converted<ObjectNode>> converted = exporter.releases(record);
    for (Converted<ObjectNode> release : converted) {
      if (release.value().isPresent()) {
        ObjectNode json = release.value().get();
        MAPPER.writeTree(generator, json);
        releases++;
        String date = json.get("date").asString();
        OffsetDateTime instant = OffsetDateTime.parse(date);
        if (latest == null || instant.isAfter(latest)) {
          latest = instant;
          latestText = date;
        }
      }
    }
    generator.flush();
    return OcdsExporter.notesOf(converted);
  }

  /** How many releases have been written so far. */
  public long releaseCount() {
    return releases;
  }

  /**
   * Ends the package (with its {@code publishedDate} after the releases, where the exporter sets
   * none) and a line break, and flushes it; the stream is not closed. Closing again does nothing.
   *
   * @throws tools.jackson.core.JacksonException if the stream cannot be written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    generator.writeEndArray();
    if (exporter.publishedDate().isEmpty() && latestText != null) {
      generator.writeStringProperty("publishedDate", latestText);
    }
    generator.writeEndObject();
    generator.writeRaw('\n');
    generator.close();
  }
}
