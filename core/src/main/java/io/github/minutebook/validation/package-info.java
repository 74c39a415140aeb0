/**
 * Validation of decision data: total, explainable, extensible checks.
 *
 * <p>A {@link io.github.minutebook.validation.MeetingValidator} walks a meeting in document order
 * and applies {@link io.github.minutebook.validation.Rule rules} to every value inside it. The
 * result is a {@link io.github.minutebook.validation.ValidationReport} listing every {@link
 * io.github.minutebook.validation.Violation}, each with a path to the offending value, a stable
 * code, a severity, a message and the parameters behind the message. Validation never throws and
 * never stops at the first problem: a rule that fails is itself reported. The default rules are
 * documented in {@code docs/validation-rules.md}; users add their own house rules, drop default
 * ones, or change their severity with {@link io.github.minutebook.validation.MeetingValidator#builder()}.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.validation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
