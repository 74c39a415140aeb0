/**
 * Agenda items as minuted: the minute number as written, the title and kind, public or exempt
 * business with its legal basis, urgency, report references, the narrative with its speakers, the
 * outcome, and what the item decided (resolutions, recommendations), undertook (actions) and
 * referred to (other minutes).
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.agenda;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
