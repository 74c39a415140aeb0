package io.github.minutebook.beam;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.ValidationReport;
import io.github.minutebook.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.jspecify.annotations.Nullable;

/**
 * A record with findings: the document as read, where it was read, and what its validator
 * reported (its violations in document order, and the counts of those left out past the
 * validator's {@code maxViolations}).
 */
public final class Finding {
  private final Origin origin;
  private final CouncilRecord record;
  private final ValidationReport report;

  /** A record and its report, which should not be empty. */
  public Finding(Origin origin, CouncilRecord record, ValidationReport report) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.record = Objects.requireNonNull(record, "record");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** Where the record was read. */
  public Origin origin() {
    return origin;
  }

  /** The document. */
  public CouncilRecord record() {
    return record;
  }

  /** The meeting, when the document is one. */
  public Optional<Meeting> meeting() {
    return record instanceof Meeting meeting ? Optional.of(meeting) : Optional.empty();
  }

  /** What the validator reported. */
  public ValidationReport report() {
    return report;
  }

  /** The violations reported, in document order. */
  public List<Violation> violations() {
    return report.violations();
  }

  /** Whether the record has no errors (only warnings and notes). */
  public boolean isValid() {
    return report.isValid();
  }

  /**
   * How many findings the report counts with this severity, those left out past the validator's
   * limit included.
   */
  public long count(Severity severity) {
    long n = report.withSeverity(severity).size();
    for (ValidationReport.LeftOut left : report.leftOut()) {
      if (left.severity() == severity) {
        n += left.count();
      }
    }
    return n;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that && origin.equals(that.origin) && record.equals(that.record)
        && report.violations().equals(that.report.violations()) && report.leftOut().equals(that.report.leftOut());
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, record, report.violations());
  }

  @Override
  public String toString() {
    return origin + ": " + report;
  }

  /** The deterministic coder of findings. */
  public static Coder<Finding> coder() {
    return FindingCoder.INSTANCE;
  }

  /**
   * The origin, the document, then each violation (path, code, severity, template, parameters in
   * their order) and each count left out.
   */
  static final class FindingCoder extends AtomicCoder<Finding> {
    private static final long serialVersionUID = 1L;
    static final FindingCoder INSTANCE = new FindingCoder();
    private static final Severity[] SEVERITIES = Severity.values();

    @Override
    public void encode(Finding value, OutputStream out) throws IOException {
      StringUtf8Coder text = StringUtf8Coder.of();
      Origin.coder().encode(value.origin, out);
      MinutebookCoder.records().encode(value.record, out);
      List<Violation> violations = value.report.violations();
      VarIntCoder.of().encode(violations.size(), out);
      for (Violation v : violations) {
        text.encode(v.path(), out);
        text.encode(v.code(), out);
        VarIntCoder.of().encode(v.severity().ordinal(), out);
        text.encode(v.template(), out);
        VarIntCoder.of().encode(v.parameters().size(), out);
        for (Map.Entry<String, String> parameter : v.parameters().entrySet()) {
          text.encode(parameter.getKey(), out);
          text.encode(parameter.getValue(), out);
        }
      }
      List<ValidationReport.LeftOut> leftOut = value.report.leftOut();
      VarIntCoder.of().encode(leftOut.size(), out);
      for (ValidationReport.LeftOut left : leftOut) {
        text.encode(left.code(), out);
        VarIntCoder.of().encode(left.severity().ordinal(), out);
        VarLongCoder.of().encode(left.count(), out);
      }
    }

    @Override
    public Finding decode(InputStream in) throws IOException {
      StringUtf8Coder text = StringUtf8Coder.of();
      Origin origin = Origin.coder().decode(in);
      CouncilRecord record = MinutebookCoder.records().decode(in);
      int n = VarIntCoder.of().decode(in);
      List<Violation> violations = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String path = text.decode(in);
        String code = text.decode(in);
        Severity severity = SEVERITIES[VarIntCoder.of().decode(in)];
        String template = text.decode(in);
        int parameters = VarIntCoder.of().decode(in);
        Map<String, String> values = new LinkedHashMap<>();
        for (int j = 0; j < parameters; j++) {
          values.put(text.decode(in), text.decode(in));
        }
        violations.add(Violation.builder().path(path).code(code).severity(severity).template(template)
            .putAllParameters(values).build());
      }
      int m = VarIntCoder.of().decode(in);
      List<ValidationReport.LeftOut> leftOut = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        leftOut.add(new ValidationReport.LeftOut(text.decode(in), SEVERITIES[VarIntCoder.of().decode(in)],
            VarLongCoder.of().decode(in)));
      }
      return new Finding(origin, record, ValidationReport.of(violations, leftOut));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean consistentWithEquals() {
      return true;
    }
  }
}
