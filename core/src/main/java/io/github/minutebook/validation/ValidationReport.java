package io.github.minutebook.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything validation found in one value, in document order.
 *
 * <pre>{@code
 * ValidationReport report = MeetingValidator.defaults().validate(meeting);
 * if (!report.isValid()) {
 *   report.errors().forEach(v -> System.err.println(v.path() + ": " + v.message()));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /** Every violation, in document order. */
  public abstract List<Violation> violations();

  /** Whether there are no errors; warnings and information do not make a value invalid. */
  @Value.Lazy
  public boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** The violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** The violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** The violations of one severity, in document order. */
  public List<Violation> withSeverity(Severity severity) {
    return violations().stream().filter(v -> v.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /** The violations with one code, in document order. */
  public List<Violation> withCode(String code) {
    return violations().stream().filter(v -> v.code().equals(code)).collect(ImmutableList.toImmutableList());
  }

  /** A report listing {@code violations} in the order given. */
  public static ValidationReport of(Iterable<Violation> violations) {
    return ImmutableValidationReport.builder().addAllViolations(violations).build();
  }

  /** The report as text: a summary line, then one line a violation. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(isValid() ? "valid" : "invalid")
        .append(": ").append(errors().size()).append(" errors, ")
        .append(warnings().size()).append(" warnings, ")
        .append(withSeverity(Severity.INFO).size()).append(" notes");
    violations().forEach(v -> text.append(System.lineSeparator()).append(v));
    return text.toString();
  }
}
