/**
 * Recommendations made to a decision maker (by a scrutiny review, a select committee, an
 * inspectorate, or a body recommending to full Council), the responses to them, and their progress
 * over later meetings.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.recommendation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
