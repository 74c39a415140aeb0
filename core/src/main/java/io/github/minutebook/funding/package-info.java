/**
 * Funding allocations: the money a decision commits, releases, recommends or sets aside.
 *
 * <p>A {@link io.github.minutebook.funding.FundingAllocation} has a headline {@link
 * io.github.minutebook.money.Amount}, an optional full-year effect, components included in or
 * added to it, recharges to other funds, the sources that pay for it (capital receipts, a named
 * fund, a grant, a partner), the legal basis of a partnership agreement, and its status (approved,
 * recommended to Council, subject to further approval, dependent on external funding).
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.funding;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
