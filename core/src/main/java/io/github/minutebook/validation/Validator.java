package io.github.minutebook.validation;

/**
 * Checks a value and reports every problem in it.
 *
 * <p>Implementations are total: any value, however wrong, gets a report, and validation never
 * throws. They are thread-safe and never modify what they check.
 *
 * @param <T> the type of value checked
 */
@FunctionalInterface
public interface Validator<T> {
  /** Checks {@code value}; a {@code null} is reported as a violation, never thrown. */
  ValidationReport validate(T value);
}
