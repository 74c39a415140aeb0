package io.github.minutebook.ocds;

import io.github.minutebook.procurement.ProcurementMethod;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads OCDS's method code from a publisher's own words for it, where {@code procurementMethod}
 * is null and only {@code procurementMethodDetails} is given (as in most Contracts Finder
 * notices), following the OCDS guidance for the EU and UK procedures: open procedures are {@code
 * open}; restricted, competitive dialogue, competitive negotiation and innovation partnership are
 * {@code selective}; negotiation without prior publication and competitive quotations are {@code
 * limited}. Anything else ("Not specified", "Other - ...") gives no method: unknown stays unknown.
 */
final class ProcurementMethods {
  private ProcurementMethods() {}

  static @Nullable ProcurementMethod fromDetails(String details) {
    String words = details.toLowerCase(Locale.ROOT).replace("(ojeu)", "").replace("(non-ojeu)", "").strip();
    if (words.equals("open") || words.equals("open procedure")) {
      return ProcurementMethod.OPEN;
    }
    if (words.startsWith("restricted") || words.startsWith("competitive dialogue")
        || words.startsWith("competitive procedure with negotiation") || words.startsWith("innovation partnership")
        || words.equals("negotiated procedure") || words.equals("negotiated procedure with prior publication")) {
      return ProcurementMethod.SELECTIVE;
    }
    if (words.startsWith("negotiated procedure without prior publication")
        || words.startsWith("award of contract without prior publication") || words.startsWith("competitive quotation")) {
      return ProcurementMethod.LIMITED;
    }
    return null;
  }
}
