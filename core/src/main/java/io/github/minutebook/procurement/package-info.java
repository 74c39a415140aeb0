/**
 * Contract decisions through their stages: approval to procure, market testing, award, call-off
 * from a framework, direct award, variation, extension and use of an existing contract's rates.
 *
 * <p>Procurement methods use OCDS's code list (open, selective, limited, direct); the local
 * wording ("negotiated single tender") and its rationale are kept beside it, as in OCDS's
 * {@code procurementMethodDetails} and {@code procurementMethodRationale}.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.procurement;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
