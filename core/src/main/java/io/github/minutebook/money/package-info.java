/**
 * Money and the amounts councils decide on.
 *
 * <p>{@link io.github.minutebook.money.Money} is an exact decimal sum in a {@link java.util.Currency}
 * (never a binary floating-point number). An {@link io.github.minutebook.money.Amount} is a sum as
 * the minutes state it: with its qualifier ("up to", "an estimated"), its basis ("per annum",
 * "full year effect"), the financial year or period it applies to, and the words it was written in.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.money;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
