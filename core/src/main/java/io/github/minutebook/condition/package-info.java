/**
 * Conditions on decisions: "subject to approval of (1) above", "subject to approval by the
 * Executive following an appropriate level of scrutiny", "a contract would not be awarded until
 * funding had been confirmed".
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.condition;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
