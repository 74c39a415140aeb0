package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Person;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.ReportReference;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.List;

/** Rules on money, people, bodies and references, wherever they appear. */
final class GeneralRules {
  /** Sums at or above this are taken to be mistakes: 10^15 is more than any council spends. */
  static final BigDecimal ABSURD = BigDecimal.TEN.pow(15);

  private static final RuleContext.Memo<Currency> FIRST_CURRENCY = new RuleContext.Memo<>();

  private GeneralRules() {}

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(Money.class, "money.scale-exceeds-currency", WARNING,
            "A sum has no more decimal places than its currency's minor unit.",
            (m, c) -> {
              if (!m.fitsCurrencyScale()) {
                c.report("amount", "{amount} has more decimal places than {currency} has ({digits})", "amount", m, "currency", m.currency().getCurrencyCode(),
                        "digits", m.currency().getDefaultFractionDigits());
              }
            }),
        Rule.of(Money.class, "money.absurd-magnitude", ERROR,
            "A sum is below 10^15 in size: anything larger is a mistake in the data.",
            (m, c) -> {
              // at least 16 integer digits, without allocating the absolute value
              if (m.amount().signum() != 0 && (long) m.amount().precision() - m.amount().scale() > 15) {
                c.report("amount", "{amount} is implausibly large", "amount", m);
              }
            }),
        Rule.of(Money.class, "money.mixed-currencies", WARNING,
            "Sums within one document are in one currency.",
            (m, c) -> {
              Currency first = c.memoFirst(FIRST_CURRENCY, m.currency());
              if (!first.equals(m.currency())) {
                c.report("currency", "{currency} differs from the document's first currency, {first}",
                    "currency", m.currency().getCurrencyCode(), "first", first.getCurrencyCode());
              }
            }),
        Rule.of(Person.class, "party.unidentified-person", ERROR,
            "A person has a name, a post, a ward (Chicago names a sponsor as the alderman of ward 27) or an"
                + " identifier (OParl names a meeting's participants by their address).",
            (p, c) -> {
              String name = p.name().orElse(null);
              if (name != null && !name.isBlank()) {
                return; // named: the post need not be looked at
              }
              if (p.ward().filter(ward -> !ward.isBlank()).isPresent()) {
                return; // the ward's member: one person at a time
              }
              if (p.id().filter(id -> !id.isBlank()).isPresent()) {
                return; // the system's own record of the person says who it is
              }
              String post = p.post().orElse(null);
              if (post == null || post.isBlank()) {
                c.report("", "The person has neither a name nor a post");
              }
            }),
        Rule.of(Body.class, "party.blank-body-name", ERROR,
            "A body has a name, or at least an abbreviation or an identifier; a name it has is not blank.",
            (b, c) -> {
              String name = b.name().orElse(null);
              if (name != null && Documents.isBlank(name)) {
                c.report("name", "The body has no name");
              } else if (name == null && b.id().isEmpty()
                  && b.abbreviation().map(Documents::isBlank).orElse(true)) {
                c.report("", "The body has neither a name, an abbreviation nor an identifier");
              }
            }),
        Rule.of(ReportReference.class, "reference.blank-report-reference", ERROR,
            "A report reference is not blank, and a report without one has a title, a document or an author.",
            (r, c) -> {
              if (r.reference().map(Documents::isBlank).orElse(false)) {
                c.report("reference", "The report reference is blank");
              } else if (r.reference().isEmpty() && r.title().isEmpty() && r.document().isEmpty() && r.authors().isEmpty()) {
                c.report("", "The report has neither a reference nor a title, a document or an author");
              }
            }),
        Rule.of(Document.class, "reference.malformed-address", WARNING,
            "A document's address is an absolute URI.",
            (d, c) -> d.address().ifPresent(address -> {
              if (!isAbsoluteUri(address)) {
                c.report("address", "{address} is not an absolute URI", "address", address);
              }
            })));
  }

  private static boolean isAbsoluteUri(String address) {
    try {
      return new URI(address).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
