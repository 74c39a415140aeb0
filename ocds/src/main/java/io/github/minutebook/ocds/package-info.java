/**
 * Contract awards to and from the Open Contracting Data Standard (OCDS 1.1.5).
 *
 * <p>{@link io.github.minutebook.ocds.OcdsImport} reads release packages, record packages and
 * single releases into decision records of contract notices, one {@link
 * io.github.minutebook.exchange.Converted} a release, streamed, with every quirk of real data read
 * as it is meant and said in the record's notes; {@link io.github.minutebook.ocds.OcdsChecks} holds
 * the checks that real OCDS data fails, as rules for the Minutebook validator. See {@code
 * docs/ocds.md}.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.ocds;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
