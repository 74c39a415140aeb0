/**
 * Minutebook: an immutable model of local government decisions.
 *
 * <p>A {@link io.github.minutebook.meeting.Meeting} holds its attendance, declarations of interest
 * and {@link io.github.minutebook.agenda.AgendaItem agenda items}; an item holds what was decided:
 * {@link io.github.minutebook.decision.Resolution resolutions} with their parts, {@link
 * io.github.minutebook.recommendation.Recommendation recommendations}, {@link
 * io.github.minutebook.funding.FundingAllocation funding allocations} and {@link
 * io.github.minutebook.procurement.ContractAward contract decisions}. Each concept has a package of
 * its own. Types reject only what is structurally impossible; everything semantic is checked by
 * validators, so that a pipeline sees every problem in a document at once.
 */
@MinutebookStyle
@CheckReturnValue
@NullMarked
package io.github.minutebook;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
