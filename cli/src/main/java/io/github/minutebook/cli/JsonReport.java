package io.github.minutebook.cli;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.validation.Violation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The report for machines: one JSON object, written as the run goes, in the shape documented in
 * {@code docs/cli.md} ("report": "minutebook-validate", "reportVersion": 1).
 */
final class JsonReport implements Report {
  /** The name of the report's shape. */
  static final String REPORT = "minutebook-validate";
  /** The version of the report's shape; it changes only when a field is removed or changes meaning. */
  static final int REPORT_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return MinutebookJson.prettyPrinter(); // laid out as the documents it reports on
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private final PrintWriter out;
  private final JsonGenerator json;
  private boolean inFile;
  /** The findings of the current file counted but not reported. */
  private long fileLeftOut;
  /** The format of the file being reported on: in a JSON array, pointers start with the record's index. */
  private InputFormat format = InputFormat.DOCUMENT;

  /**
   * Starts the report.
   *
   * @param out where it goes
   * @param warningsAsErrors whether warnings make records invalid
   * @param maxErrors the {@code --max-errors} limit, or {@code null}
   */
  JsonReport(PrintWriter out, boolean warningsAsErrors, @Nullable Integer maxErrors) {
    this.out = out;
    this.json = FACTORY.createGenerator(PRETTY, out);
    json.writeStartObject();
    json.writeStringProperty("report", REPORT);
    json.writeNumberProperty("reportVersion", REPORT_VERSION);
    json.writeStringProperty("minutebookVersion", MinutebookCommand.version());
    json.writeBooleanProperty("warningsAsErrors", warningsAsErrors);
    if (maxErrors != null) {
      json.writeNumberProperty("maxErrors", maxErrors.intValue());
    }
    json.writeArrayPropertyStart("files");
  }

  @Override
  public void fileStarted(String name, InputFormat format) {
    json.writeStartObject();
    json.writeStringProperty("file", name);
    json.writeStringProperty("format", format.label());
    this.format = format;
    json.writeArrayPropertyStart("findings");
    inFile = true;
    fileLeftOut = 0;
  }

  @Override
  public void record(String file, Event.Checked record) {
    MinutebookJsonException error = record.error();
    if (error != null) {
      json.writeStartObject();
      json.writeNumberProperty("record", record.number());
      if (record.line() > 0) {
        json.writeNumberProperty("recordLine", record.line());
      }
      json.writeStringProperty("severity", "error");
      json.writeStringProperty("code", Tally.UNREADABLE_CODE);
      json.writeStringProperty("message", error.problem());
      json.writeStringProperty("pointer", error.pointer());
      if (error.line() > 0) {
        json.writeNumberProperty("line", error.line());
        json.writeNumberProperty("column", error.column());
      }
      if (error.byteOffset() >= 0) {
        json.writeNumberProperty("byteOffset", error.byteOffset());
      }
      json.writeEndObject();
    }
    Event.NotConverted notConverted = record.notConverted();
    if (notConverted != null) {
      for (ConversionNote reason : notConverted.failed()) {
        json.writeStartObject();
        json.writeNumberProperty("record", record.number());
        json.writeStringProperty("severity", "error");
        json.writeStringProperty("code", reason.code());
        json.writeStringProperty("message", reason.message());
        json.writeStringProperty("source", notConverted.source());
        json.writeStringProperty("pointer", reason.path());
        json.writeEndObject();
      }
    }
    for (Violation v : record.violations()) {
      json.writeStartObject();
      json.writeNumberProperty("record", record.number());
      json.writeNumberProperty("recordLine", record.line());
      json.writeStringProperty("severity", v.severity().name().toLowerCase(Locale.ROOT));
      json.writeStringProperty("code", v.code());
      json.writeStringProperty("message", v.message());
      json.writeStringProperty("path", v.path());
      json.writeStringProperty("pointer", (format == InputFormat.ARRAY ? "/" + (record.number() - 1) : "") + v.pointer());
      json.writeObjectPropertyStart("parameters");
      for (Map.Entry<String, String> parameter : v.parameters().entrySet()) {
        json.writeStringProperty(parameter.getKey(), parameter.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    fileLeftOut += record.leftOut().count();
  }

  @Override
  public void fileFinished(String name, Tally tally) {
    json.writeEndArray();
    writeLeftOut();
    writeCounts("summary", tally);
    json.writeEndObject();
    inFile = false;
  }

  @Override
  public void inputFailed(String name, String problem, @Nullable Tally tally) {
    if (!inFile) {
      json.writeStartObject();
      json.writeStringProperty("file", name);
    } else {
      json.writeEndArray();
      writeLeftOut();
      if (tally != null) {
        writeCounts("summary", tally);
      }
    }
    json.writeStringProperty("error", problem);
    json.writeEndObject();
    inFile = false;
  }

  @Override
  public void finished(Summary summary) {
    json.writeEndArray();
    json.writeObjectPropertyStart("summary");
    json.writeNumberProperty("files", summary.files());
    json.writeNumberProperty("unreadableInputs", summary.unreadable());
    Tally total = summary.total();
    json.writeNumberProperty("records", total.records);
    json.writeNumberProperty("valid", total.valid);
    json.writeNumberProperty("invalid", total.invalid);
    json.writeNumberProperty("errors", total.errors);
    json.writeNumberProperty("warnings", total.warnings);
    json.writeNumberProperty("notes", total.notes);
    json.writeNumberProperty("findingsLeftOut", total.leftOut);
    json.writeBooleanProperty("stoppedEarly", summary.stopped());
    json.writeArrayPropertyStart("byCode");
    for (Map.Entry<String, Tally.CodeCount> entry : total.byCode.entrySet()) {
      json.writeStartObject();
      json.writeStringProperty("code", entry.getKey());
      json.writeStringProperty("severity", entry.getValue().severity.name().toLowerCase(Locale.ROOT));
      json.writeNumberProperty("count", entry.getValue().count);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeNumberProperty("exitCode", summary.exitCode());
    json.writeEndObject();
    json.close();
    out.println();
    out.flush();
  }

  /** How many findings of the file were counted but not reported; written only when some were. */
  private void writeLeftOut() {
    if (fileLeftOut > 0) {
      json.writeNumberProperty("findingsLeftOut", fileLeftOut);
    }
  }

  private void writeCounts(String name, Tally tally) {
    json.writeObjectPropertyStart(name);
    json.writeNumberProperty("records", tally.records);
    json.writeNumberProperty("valid", tally.valid);
    json.writeNumberProperty("invalid", tally.invalid);
    json.writeNumberProperty("errors", tally.errors);
    json.writeNumberProperty("warnings", tally.warnings);
    json.writeNumberProperty("notes", tally.notes);
    json.writeEndObject();
  }
}
