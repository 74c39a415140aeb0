/**
 * What was decided: a {@link io.github.minutebook.decision.Resolution} ("RESOLVED that: (1) ...
 * (2) ...") with its numbered, lettered, single or nested {@link
 * io.github.minutebook.decision.ResolutionPart parts}, each part's effect (approve, note, request,
 * recommend, delegate, authorise procurement, defer, reject), its conditions, and the funding
 * allocations and contract decisions it makes; the decision maker, key-decision and call-in
 * status, reasons and alternatives (the fields of an English executive decision record), and
 * votes, motions and amendments with Popolo's vote options.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.decision;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
