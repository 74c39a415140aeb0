package io.github.minutebook.threesixtygiving;

import com.google.common.hash.Hashing;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The funding allocations of one record as 360Giving grants: which are grants, what each grant
 * says, and the notes on what is left out or not carried. {@link GrantWriter} writes what this
 * makes.
 */
final class GrantExport {
  /** The bases of an amount that is a rate, not the total awarded. */
  private static final Set<AmountBasis> RATES = Set.of(AmountBasis.PER_ANNUM, AmountBasis.PER_MONTH,
      AmountBasis.PER_WEEK, AmountBasis.FULL_YEAR_EFFECT);

  /** The largest magnitude a JSON number has where it is read as a double, as most readers do. */
  private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

  /** The grants made of one record, in the record's order, and the notes on the way. */
  record Result(List<ObjectNode> grants, List<ConversionNote> notes) {}

  private final String prefix;
  private final @Nullable OffsetDateTime dateModified;

  /**
   * @param prefix the publisher's 360Giving prefix without a trailing hyphen ("360G-bromley")
   * @param dateModified when the grants were last modified, if the caller says; else each record's
   *     own {@code provenance.modified}, if it has one
   */
  GrantExport(String prefix, @Nullable OffsetDateTime dateModified) {
    this.prefix = prefix;
    this.dateModified = dateModified;
  }

  /** The grants of {@code record}. */
  Result export(CouncilRecord record) {
    return new Walk(record).run();
  }

  /** One record's walk: where its allocations sit, and what each becomes. */
  private final class Walk {
    private final CouncilRecord record;
    private final List<ObjectNode> grants = new ArrayList<>();
    private final List<ConversionNote> notes = new ArrayList<>();
    private @Nullable String recordKey;

    Walk(CouncilRecord record) {
      this.record = record;
    }

    Result run() {
      if (record instanceof Meeting meeting) {
        for (int i = 0; i < meeting.agendaItems().size(); i++) {
          var item = meeting.agendaItems().get(i);
          for (int j = 0; j < item.resolutions().size(); j++) {
            Resolution resolution = item.resolutions().get(j);
            parts(resolution.parts(), "agendaItems[" + i + "].resolutions[" + j + "]", "i" + i + ".r" + j,
                resolution, item.title(), "agenda item");
          }
        }
      } else if (record instanceof DecisionRecord decisionRecord) {
        for (int j = 0; j < decisionRecord.decisions().size(); j++) {
          Resolution resolution = decisionRecord.decisions().get(j);
          parts(resolution.parts(), "decisions[" + j + "]", "d" + j, resolution, decisionRecord.title(), "record");
        }
      }
      return new Result(List.copyOf(grants), List.copyOf(notes));
    }

    private void parts(List<ResolutionPart> parts, String path, String key, Resolution resolution,
        Optional<String> title, String titleOf) {
      for (int k = 0; k < parts.size(); k++) {
        ResolutionPart part = parts.get(k);
        String at = path + ".parts[" + k + "]";
        for (int m = 0; m < part.fundingAllocations().size(); m++) {
          allocation(part.fundingAllocations().get(m), at + ".fundingAllocations[" + m + "]",
              key + ".p" + k + ".a" + m, part, resolution, title, titleOf);
        }
        parts(part.parts(), at, key + ".p" + k, resolution, title, titleOf);
      }
    }

    private void allocation(FundingAllocation allocation, String path, String position, ResolutionPart part,
        Resolution resolution, Optional<String> title, String titleOf) {
      Optional<FundingStatus> status = allocation.status();
      if (status.isEmpty() || status.get() != FundingStatus.APPROVED) {
        leftOut(path, "not-awarded", status.map(s -> "the funding is " + words(s.name())
            + ", not approved: 360Giving publishes grants awarded").orElse(
                "the record does not say the funding was approved: 360Giving publishes grants awarded"));
        return;
      }
      Optional<Party> recipient = allocation.recipient();
      if (recipient.isEmpty()) {
        leftOut(path, "no-recipient", "the money has no named recipient (a sum set aside or spent by the "
            + "authority itself): a grant is made to a recipient");
        return;
      }
      Optional<String> recipientName = recipient.get() instanceof Body body ? body.name()
          : ((Person) recipient.get()).name();
      if (recipientName.isEmpty()) {
        leftOut(path, "no-recipient", "the recipient, " + recipient.get().displayName()
            + ", has no name, which a 360Giving recipient needs");
        return;
      }
      if (allocation.amount().isEmpty()) {
        leftOut(path, "no-amount", "the funding states no amount, which a grant needs");
        return;
      }
      Amount amount = allocation.amount().get();
      Money money = amount.money();
      if (amount.basis().isPresent() && RATES.contains(amount.basis().get())) {
        leftOut(path, "not-a-total", "the amount is " + words(amount.basis().get().name())
            + ", not the total awarded that amountAwarded holds");
        return;
      }
      if (money.isNegative()) {
        leftOut(path, "negative-amount", "the amount, " + money + ", is below zero: not an award");
        return;
      }
      if (money.amount().abs().compareTo(LARGEST) > 0) {
        leftOut(path, "out-of-range", "the amount, " + money + ", is beyond the largest number JSON readers "
            + "commonly hold (about 1.8E+308)");
        return;
      }
      String currency = money.currency().getCurrencyCode();
      if (!Standard.CURRENCIES.contains(currency)) {
        leftOut(path, "currency", "the currency " + currency + " is not in 360Giving's currency codelist");
        return;
      }
      Optional<Body> authority = record.authority();
      if (authority.isEmpty() || authority.get().name().isEmpty()) {
        leftOut(path, "no-funder", authority.isEmpty() ? "the record names no authority to be the funder"
            : "the authority, " + authority.get().displayName() + ", has no name, which a 360Giving funder needs");
        return;
      }
      Optional<LocalDate> decided = resolution.decisionDate().or(() -> recordDate(record));
      Optional<String> awardDate = decided.flatMap(Standard::date);
      if (awardDate.isEmpty()) {
        leftOut(path, "no-award-date", decided.isEmpty() ? "the record gives no date of the decision, which a grant needs"
            : "the date of the decision, " + decided.get() + ", is outside the years 360Giving can write");
        return;
      }

      ObjectNode grant = JsonNodeFactory.instance.objectNode();
      grant.put("id", grantId(allocation, position));
      grant.put("title", title(allocation, part, title, titleOf, path));
      grant.put("description", part.text());
      grant.put("currency", currency);
      grant.put("amountAwarded", money.amount());
      grant.put("awardDate", awardDate.get());
      amount(amount, path + ".amount").ifPresent(dates -> grant.putArray("plannedDates").add(dates));
      if (recipient.get() instanceof Body body) {
        grant.putArray("recipientOrganization").add(organisation(body, path + ".recipient"));
      } else {
        grant.set("recipientIndividual", individual((Person) recipient.get(), path + ".recipient"));
      }
      grant.putArray("fundingOrganization").add(organisation(authority.get(), "authority"));
      allocation.programme().ifPresent(name -> grant.putArray("grantProgramme").addObject().put("title", name));
      modified().ifPresent(time -> grant.put("dateModified", time));
      Optional<Provenance> provenance = record.provenance();
      provenance.flatMap(Provenance::address).ifPresent(address -> {
        if (Standard.isUri(address)) {
          grant.put("dataSource", address);
        } else {
          notCarried("provenance.address", "the address the record was read from, \"" + address
              + "\", is not an absolute URI, which dataSource must be");
        }
      });

      allocation.fullYearEffect().ifPresent(a -> notCarried(path + ".fullYearEffect", "the full year effect, " + a.money()));
      for (int i = 0; i < allocation.components().size(); i++) {
        notCarried(path + ".components[" + i + "]", "the component \"" + allocation.components().get(i).description() + "\"");
      }
      for (int i = 0; i < allocation.recharges().size(); i++) {
        Recharge recharge = allocation.recharges().get(i);
        leftOut(path + ".recharges[" + i + "]", "recharge", "the " + words(recharge.kind().name()) + " of "
            + recharge.amount().money() + " to " + recharge.to().displayName()
            + " is not a grant; the grant's amountAwarded is the whole amount");
      }
      for (int i = 0; i < allocation.fundingSources().size(); i++) {
        notCarried(path + ".fundingSources[" + i + "]", "where the money comes from ("
            + words(allocation.fundingSources().get(i).kind().name()) + ")");
      }
      allocation.spendType().ifPresent(t -> notCarried(path + ".spendType", "the spend type, " + words(t.name())));
      allocation.partner().ifPresent(p -> notCarried(path + ".partner", "the partner, " + p.displayName()));
      allocation.legalBasis().ifPresent(l -> notCarried(path + ".legalBasis", "the legal basis, " + l.citation()));
      for (int i = 0; i < allocation.conditions().size(); i++) {
        notCarried(path + ".conditions[" + i + "]", "the condition \"" + allocation.conditions().get(i).text() + "\"");
      }
      grants.add(grant);
    }

    /** The grant's id: the prefix, the record's key and the allocation's id or position. */
    private String grantId(FundingAllocation allocation, String position) {
      Optional<String> own = allocation.id();
      if (own.isPresent() && own.get().startsWith(prefix + "-")) {
        return own.get(); // a 360Giving grant id already, as the reader gives it
      }
      return prefix + "-" + recordKey() + "-" + own.orElse(position);
    }

    /** The record's id, else its reference, else a digest of its content (noted once). */
    private String recordKey() {
      if (recordKey == null) {
        Optional<String> key = record.id().or(() -> record instanceof DecisionRecord d ? d.reference() : Optional.empty());
        if (key.isPresent()) {
          recordKey = key.get();
        } else {
          recordKey = Hashing.sha256().hashString(record.toString(), StandardCharsets.UTF_8).toString().substring(0, 16);
          notes.add(new ConversionNote(Kind.HANDLED, Standard.CODE + "derived-id", "",
              "the record has no id or reference: its grants' ids are made from a digest of its content, "
                  + recordKey + ", and change when it changes"));
        }
      }
      return recordKey;
    }

    private String title(FundingAllocation allocation, ResolutionPart part, Optional<String> title, String titleOf,
        String path) {
      if (allocation.purpose().isPresent()) {
        return allocation.purpose().get();
      }
      if (title.isPresent()) {
        notes.add(new ConversionNote(Kind.HANDLED, Standard.CODE + "title", path + ".purpose",
            "the funding states no purpose: the grant's title is the " + titleOf + "'s title"));
        return title.get();
      }
      notes.add(new ConversionNote(Kind.HANDLED, Standard.CODE + "title", path + ".purpose",
          "the funding states no purpose and the " + titleOf + " no title: the grant's title is the decision's words"));
      return part.text();
    }

    /** The amount's period as a planned-dates event; notes on what of the amount is not carried. */
    private Optional<ObjectNode> amount(Amount amount, String path) {
      if (amount.qualifier() != AmountQualifier.EXACT) {
        notCarried(path + ".qualifier", "that the amount is " + words(amount.qualifier().name())
            + " (amountAwarded is a plain sum)");
      }
      amount.basis().ifPresent(b -> notCarried(path + ".basis", "that the amount is " + words(b.name())));
      amount.financialYear().ifPresent(y -> notCarried(path + ".financialYear", "the financial year, " + y));
      amount.asWritten().ifPresent(w -> notCarried(path + ".asWritten", "the amount as written, \"" + w + "\""));
      if (amount.period().isEmpty()) {
        return Optional.empty();
      }
      DateRange period = amount.period().get();
      ObjectNode event = JsonNodeFactory.instance.objectNode();
      period.start().ifPresent(d -> Standard.date(d).ifPresentOrElse(text -> event.put("startDate", text),
          () -> notCarried(path + ".period.start", "the start " + d + ", outside the years 360Giving can write")));
      period.end().ifPresent(d -> Standard.date(d).ifPresentOrElse(text -> event.put("endDate", text),
          () -> notCarried(path + ".period.end", "the end " + d + ", outside the years 360Giving can write")));
      period.asWritten().ifPresent(text -> event.put("description", text));
      return event.isEmpty() ? Optional.empty() : Optional.of(event);
    }

    private Optional<String> modified() {
      if (dateModified != null) {
        return Standard.dateTime(dateModified);
      }
      Optional<OffsetDateTime> own = record.provenance().flatMap(Provenance::modified);
      Optional<String> text = own.flatMap(Standard::dateTime);
      if (own.isPresent() && text.isEmpty()) {
        notCarried("provenance.modified", "when the record was last modified, " + own.get()
            + ", which RFC 3339 cannot write");
      }
      return text;
    }

    /** A body as a 360Giving organisation: its identifiers, name, address and contacts. */
    private ObjectNode organisation(Body body, String path) {
      ObjectNode organisation = JsonNodeFactory.instance.objectNode();
      String name = body.name().orElseThrow();
      List<Identifier> identifiers = body.identifiers();
      // the id: an identifier in the org-id form, else any identifier, else the body's own id
      int primary = firstIndex(identifiers, GrantExport::isOrgId);
      if (primary < 0 && !identifiers.isEmpty()) {
        primary = 0;
      }
      int company = firstIndex(identifiers, i -> i.scheme().equals(Standard.COMPANY_REGISTER) && isOrgId(i));
      if (primary >= 0) {
        String id = orgId(identifiers.get(primary));
        organisation.put("id", id);
        body.id().ifPresent(own -> notCarried(path + ".id", "the body's own id, \"" + own
            + "\", beside its identifier " + id));
      } else if (body.id().isPresent()) {
        organisation.put("id", body.id().get());
      } else {
        organisation.put("id", derivedId("ORG", name, path));
      }
      for (int i = 0; i < identifiers.size(); i++) {
        Identifier identifier = identifiers.get(i);
        String at = path + ".identifiers[" + i + "]";
        if (i != primary && i != company) {
          notCarried(at, "the identifier " + orgId(identifier)
              + " (a 360Giving organisation has one id, and a company number)");
        }
        identifier.address().ifPresent(a -> notCarried(at + ".address", "the identifier's address, " + a));
      }
      organisation.put("name", name);
      // a charity number only where it is the id, since the number alone does not name its register
      if (primary >= 0 && Standard.CHARITY_REGISTERS.contains(identifiers.get(primary).scheme())
          && isOrgId(identifiers.get(primary))) {
        organisation.put("charityNumber", identifiers.get(primary).id());
      }
      if (company >= 0) {
        organisation.put("companyNumber", identifiers.get(company).id());
      }
      body.address().ifPresent(address -> address(address, organisation));
      body.telephone().ifPresent(t -> organisation.put("telephone", t));
      body.email().ifPresent(e -> organisation.put("email", e));
      body.kind().ifPresent(k -> organisation.put("organisationType", Standard.organisationType(k)));
      body.location().ifPresent(l -> organisation.putArray("location").addObject().put("name", l));
      body.abbreviation().ifPresent(a -> notCarried(path + ".abbreviation", "the abbreviation \"" + a + "\""));
      body.sme().ifPresent(s -> notCarried(path + ".sme", "whether the body is a small or medium-sized enterprise"));
      body.vcse().ifPresent(s -> notCarried(path + ".vcse", "whether the body is a VCSE organisation"));
      return organisation;
    }

    private void address(Address address, ObjectNode organisation) {
      address.streetAddress().ifPresent(v -> organisation.put("streetAddress", v));
      address.locality().ifPresent(v -> organisation.put("addressLocality", v));
      address.region().ifPresent(v -> organisation.put("addressRegion", v));
      address.countryName().ifPresent(v -> organisation.put("addressCountry", v));
      address.postalCode().ifPresent(v -> organisation.put("postalCode", v));
    }

    /** A person as a 360Giving individual recipient: an id and a name, nothing more. */
    private ObjectNode individual(Person person, String path) {
      ObjectNode individual = JsonNodeFactory.instance.objectNode();
      String name = person.name().orElseThrow();
      individual.put("id", person.id().orElseGet(() -> derivedId("IND", name, path)));
      individual.put("name", name);
      person.honorific().ifPresent(v -> notCarried(path + ".honorific", "the honorific \"" + v + "\""));
      if (!person.postNominals().isEmpty()) {
        notCarried(path + ".postNominals", "the post-nominals " + person.postNominals());
      }
      person.post().ifPresent(v -> notCarried(path + ".post", "the post \"" + v + "\""));
      person.ward().ifPresent(v -> notCarried(path + ".ward", "the ward \"" + v + "\""));
      person.party().ifPresent(v -> notCarried(path + ".party", "the party " + v.displayName()));
      person.organisation().ifPresent(v -> notCarried(path + ".organisation", "the organisation " + v.displayName()));
      person.address().ifPresent(v -> notCarried(path + ".address", "the person's address"));
      person.web().ifPresent(v -> notCarried(path + ".web", "the person's page " + v));
      person.email().ifPresent(v -> notCarried(path + ".email", "the person's e-mail address"));
      person.telephone().ifPresent(v -> notCarried(path + ".telephone", "the person's telephone number"));
      return individual;
    }

    /** An id made from the prefix and the name, as 360Giving asks for a recipient with no registered id. */
    private String derivedId(String kind, String name, String path) {
      String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      if (slug.isEmpty()) {
        slug = Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, 16);
      }
      String id = prefix + "-" + kind + "-" + slug;
      notes.add(new ConversionNote(Kind.HANDLED, Standard.CODE + "derived-id", path,
          "no identifier is known: its 360Giving id, " + id + ", is made from the prefix and the name"));
      return id;
    }

    private void leftOut(String path, String code, String message) {
      notes.add(new ConversionNote(Kind.LEFT_OUT, Standard.CODE + code, path, message));
    }

    private void notCarried(String path, String what) {
      notes.add(new ConversionNote(Kind.NOT_CARRIED, Standard.NOT_CARRIED, path,
          what + ": a 360Giving grant has no place for it"));
    }
  }

  /** An identifier in the org-id form, the register's prefix and the id: "GB-CHC-1234567". */
  static String orgId(Identifier identifier) {
    return identifier.scheme() + "-" + identifier.id();
  }

  private static int firstIndex(List<Identifier> identifiers, Predicate<Identifier> test) {
    for (int i = 0; i < identifiers.size(); i++) {
      if (test.test(identifiers.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the identifier reads back as itself from its org-id form: "GB-CHC" and "1234567". */
  static boolean isOrgId(Identifier identifier) {
    Matcher form = Standard.ORG_ID.matcher(orgId(identifier));
    return form.matches() && form.group(1).equals(identifier.scheme());
  }

  private static Optional<LocalDate> recordDate(CouncilRecord record) {
    return record instanceof Meeting meeting ? meeting.date() : ((DecisionRecord) record).decisionDate();
  }

  /** A code-list constant in words: SUBJECT_TO_FURTHER_APPROVAL as "subject to further approval". */
  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
