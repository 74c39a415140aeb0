package io.github.minutebook.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** A rule made by {@link Rule#of}: its parts, with the check the validator calls directly. */
final class SimpleRule<T> implements Rule<T> {
  /** The form of rule codes: lower-case words joined by '-', with a '.' after the namespace. */
  private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private final Class<T> target;
  private final String code;
  private final Severity severity;
  private final String description;
  private final Check<? super T> check;

  SimpleRule(Class<T> target, String code, Severity severity, String description, Check<? super T> check) {
    checkArgument(WELL_FORMED.matcher(checkNotNull(code, "code")).matches(),
        "a rule code is lower-case words joined by '-', with a '.' after the namespace: %s", code);
    this.target = checkNotNull(target, "target");
    this.code = code;
    this.severity = checkNotNull(severity, "severity");
    this.description = checkNotNull(description, "description");
    this.check = checkNotNull(check, "check");
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Class<T> target() {
    return target;
  }

  @Override
  public void check(T value, RuleContext context) {
    check.check(value, context);
  }

  /** The check itself, so that the validator calls it without going through {@link #check}. */
  @SuppressWarnings("unchecked")
  Check<Object> unwrapped() {
    return (Check<Object>) check;
  }

  @Override
  public String toString() {
    return code + " (" + severity + "): " + description;
  }
}
