/**
 * Council and committee meetings: the authority and body, the date, times and zone, attendance
 * in its distinct roles, declarations of interest, the agenda items in order, procedural notes,
 * the minutes' status and where the record came from.
 *
 * <p>{@link io.github.minutebook.meeting.Meeting} is the root of a Minutebook document.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.meeting;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
