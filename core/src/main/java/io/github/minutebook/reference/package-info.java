/**
 * References from minutes to things outside them: officers' reports ("Report CS17036"),
 * other minutes ("minute 19 refers"), documents, and legislation ("section 75 of the NHS Act
 * 2006").
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.reference;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
