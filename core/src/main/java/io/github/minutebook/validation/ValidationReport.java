package io.github.minutebook.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything validation found in one value, in document order.
 *
 * <p>A validator built with {@link MeetingValidator.Builder#maxViolations(int)} lists at most that
 * many violations, the first in document order, and counts the others by code in {@link
 * #leftOut()}; {@link #isValid()} and {@link #total()} count them too.
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

  /** Every violation, in document order; the first ones only when some were {@linkplain #leftOut() left out}. */
  public abstract List<Violation> violations();

  /**
   * The violations found but not listed in {@link #violations()}, counted by code, in the order
   * of their codes; empty unless the validator lists a limited number.
   */
  public abstract List<LeftOut> leftOut();

  /**
   * Violations of one code found but not listed.
   *
   * @param code the rule's code
   * @param severity the severity they were reported at
   * @param count how many, at least 1
   */
  public record LeftOut(String code, Severity severity, long count) {
    /** Checks the count. */
    public LeftOut {
      checkArgument(count > 0, "a count of violations left out must be positive: %s", count);
    }
  }

  /** How many violations were found: those listed and those left out. */
  public long total() {
    return violations().size() + leftOut().stream().mapToLong(LeftOut::count).sum();
  }

  /**
   * Whether there are no errors, listed or left out; warnings and information do not make a
   * value invalid.
   */
  @Value.Lazy
  public boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR)
        && leftOut().stream().noneMatch(l -> l.severity() == Severity.ERROR);
  }

  /** The listed violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** The listed violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /** The listed violations of one severity, in document order. */
  public List<Violation> withSeverity(Severity severity) {
    return violations().stream().filter(v -> v.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /** The listed violations with one code, in document order. */
  public List<Violation> withCode(String code) {
    return violations().stream().filter(v -> v.code().equals(code)).collect(ImmutableList.toImmutableList());
  }

  /** A report listing {@code violations} in the order given. */
  public static ValidationReport of(Iterable<Violation> violations) {
    return ImmutableValidationReport.builder().addAllViolations(violations).build();
  }

  /** A report listing {@code violations} in the order given, with others found but left out. */
  public static ValidationReport of(Iterable<Violation> violations, Iterable<LeftOut> leftOut) {
    return ImmutableValidationReport.builder().addAllViolations(violations).addAllLeftOut(leftOut).build();
  }

  private long count(Severity severity) {
    return withSeverity(severity).size()
        + leftOut().stream().filter(l -> l.severity() == severity).mapToLong(LeftOut::count).sum();
  }

  /** The report as text: a summary line, then one line a violation. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(isValid() ? "valid" : "invalid")
        .append(": ").append(count(Severity.ERROR)).append(" errors, ")
        .append(count(Severity.WARNING)).append(" warnings, ")
        .append(count(Severity.INFO)).append(" notes");
    violations().forEach(v -> text.append(System.lineSeparator()).append(v));
    leftOut().forEach(l -> text.append(System.lineSeparator()).append(l.count()).append(" more ")
        .append(l.severity()).append(' ').append(l.code()).append(" not listed"));
    return text.toString();
  }
}
