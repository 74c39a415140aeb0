package io.github.minutebook.threesixtygiving;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One 360Giving grant as a Minutebook {@link DecisionRecord}: the funder's decision, on the award
 * date, with one resolution part, the grant's description, holding the grant as an approved
 * {@link FundingAllocation}. {@link GrantReader} reads the grants this converts.
 */
final class GrantImport {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])");
  private static final Pattern PARTIAL_DATE = Pattern.compile("[0-9]{4}(-(0[1-9]|1[012]))?");
  private static final Pattern SCOTTISH_CHARITY = Pattern.compile("SC[0-9]+");

  /** The properties of a grant that are read; every other one is reported as not carried. */
  private static final Set<String> GRANT = Set.of("id", "title", "description", "currency", "amountAwarded",
      "awardDate", "plannedDates", "recipientOrganization", "recipientIndividual", "fundingOrganization",
      "grantProgramme", "dateModified", "dataSource");
  private static final Set<String> ORGANISATION = Set.of("id", "name", "charityNumber", "companyNumber",
      "streetAddress", "addressLocality", "addressRegion", "addressCountry", "postalCode", "telephone", "email",
      "organisationType", "location");

  /** What the package says of all its grants, read before them. */
  record PackageFacts(Optional<String> publisher, Optional<String> licence) {}

  /** A value the grant has in a form 360Giving does not allow, so that the grant cannot be read. */
  private static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    Broken(String path, String message) {
      super(message, null, false, false);
      this.path = path;
    }
  }

  private final List<ConversionNote> notes = new ArrayList<>();

  private GrantImport(List<ConversionNote> before) {
    notes.addAll(before);
  }

  /**
   * The record made of {@code grant}, or a failure saying why none could be made.
   *
   * @param source where the grant is in its package, for {@link Converted#source()}
   * @param facts what the package says of every grant
   * @param before notes to put first: on the package's own properties met before this grant
   * @param after notes to put last: on the package's own properties met after this grant
   */
  static Converted<DecisionRecord> grant(JsonNode grant, String source, PackageFacts facts,
      List<ConversionNote> before, List<ConversionNote> after) {
    GrantImport conversion = new GrantImport(before);
    try {
      DecisionRecord record = conversion.record(grant, facts);
      conversion.notes.addAll(after);
      return Converted.of(source, record, conversion.notes);
    } catch (Broken e) {
      conversion.notes.add(new ConversionNote(Kind.FAILED, Standard.CODE + "invalid-grant", e.path,
          String.valueOf(e.getMessage())));
      conversion.notes.addAll(after);
      return Converted.failed(source, conversion.notes);
    }
  }

  /** Where a grant is in its package: {@code grants[3] (id 360G-x-1)}. */
  static String source(int index, JsonNode grant) {
    JsonNode id = grant.path("id");
    return "grants[" + index + "]" + (id.isString() ? " (id " + id.stringValue() + ")" : "");
  }

  private DecisionRecord record(JsonNode grant, PackageFacts facts) {
    if (!grant.isObject()) {
      throw new Broken("", "a grant is a JSON object; this is " + describe(grant));
    }
    for (Map.Entry<String, JsonNode> property : grant.properties()) {
      if (!GRANT.contains(property.getKey()) && !property.getValue().isNull()) {
        notCarried("/" + escape(property.getKey()), "the grant's " + property.getKey());
      }
    }
    FundingAllocation.Builder allocation = FundingAllocation.builder().status(FundingStatus.APPROVED);
    text(grant, "id", "").ifPresent(allocation::id);
    text(grant, "title", "").ifPresent(allocation::purpose);

    Optional<String> currency = text(grant, "currency", "");
    Optional<BigDecimal> awarded = number(grant, "amountAwarded", "");
    Optional<Amount.Builder> amount = Optional.empty();
    if (awarded.isPresent()) {
      String code = currency.orElseThrow(() -> new Broken("/currency", "the grant has an amount but no currency"));
      Currency known;
      try {
        known = Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new Broken("/currency", "\"" + code + "\" is not an ISO 4217 currency code");
      }
      amount = Optional.of(Amount.builder().money(Money.of(awarded.get(), known)));
    } else if (currency.isPresent()) {
      notCarried("/currency", "the currency " + currency.get() + ", with no amount awarded");
    }
    period(grant, amount);
    amount.ifPresent(a -> allocation.amount(a.build()));

    Optional<Party> recipient = recipient(grant);
    recipient.ifPresent(allocation::recipient);
    programme(grant).ifPresent(allocation::programme);

    DecisionRecord.Builder record = DecisionRecord.builder();
    funder(grant).ifPresent(record::authority);
    Optional<JsonNode> awardDate = present(grant, "awardDate");
    if (awardDate.isPresent()) {
      record.decisionDate(date(awardDate.get(), "/awardDate"));
    }
    String description = text(grant, "description", "").orElseGet(() -> {
      notes.add(new ConversionNote(Kind.HANDLED, Standard.CODE + "no-description", "/description",
          "the grant has no description: the decision's text is left empty"));
      return "";
    });
    record.addDecisions(Resolution.builder()
        .addParts(ResolutionPart.builder().text(description).effect(PartEffect.ALLOCATE_FUNDING)
            .addFundingAllocations(allocation.build()).build())
        .build());

    Provenance.Builder provenance = Provenance.builder();
    facts.publisher().ifPresent(provenance::publisher);
    facts.licence().ifPresent(provenance::licence);
    text(grant, "dataSource", "").ifPresent(provenance::address);
    Optional<JsonNode> modified = present(grant, "dateModified");
    if (modified.isPresent()) {
      provenance.modified(dateTime(modified.get(), "/dateModified"));
    }
    Provenance built = provenance.build();
    if (!built.equals(Provenance.builder().build())) {
      record.provenance(built);
    }
    return record.build();
  }

  /** The first planned dates as the amount's period; the rest not carried. */
  private void period(JsonNode grant, Optional<Amount.Builder> amount) {
    List<JsonNode> events = array(grant, "plannedDates", "");
    for (int i = 0; i < events.size(); i++) {
      String path = "/plannedDates/" + i;
      JsonNode event = object(events.get(i), path);
      if (i > 0) {
        notCarried(path, "planned dates beyond the first");
        continue;
      }
      if (amount.isEmpty()) {
        notCarried(path, "the planned dates of a grant with no amount (Minutebook keeps them on the amount)");
        continue;
      }
      DateRange.Builder period = DateRange.builder();
      boolean any = false;
      for (Map.Entry<String, JsonNode> property : event.properties()) {
        String name = property.getKey();
        JsonNode value = property.getValue();
        if (value.isNull()) {
          continue;
        }
        String at = path + "/" + escape(name);
        switch (name) {
          case "startDate", "endDate" -> {
            Optional<LocalDate> date = eventDate(value, at);
            if (date.isPresent()) {
              any = true;
              if (name.equals("startDate")) {
                period.start(date.get());
              } else {
                period.end(date.get());
              }
            }
          }
          case "description" -> {
            period.asWritten(string(value, at));
            any = true;
          }
          default -> notCarried(at, "the planned dates' " + name);
        }
      }
      if (any) {
        amount.get().period(period.build());
      }
    }
  }

  private Optional<LocalDate> eventDate(JsonNode value, String path) {
    String text = string(value, path);
    if (PARTIAL_DATE.matcher(text).matches()) {
      notCarried(path, "the date " + text + ", which has no day");
      return Optional.empty();
    }
    return Optional.of(date(value, path));
  }

  private Optional<Party> recipient(JsonNode grant) {
    List<JsonNode> organisations = array(grant, "recipientOrganization", "");
    Optional<JsonNode> individual = present(grant, "recipientIndividual");
    Optional<Party> recipient = Optional.empty();
    for (int i = 0; i < organisations.size(); i++) {
      String path = "/recipientOrganization/" + i;
      if (i == 0) {
        recipient = Optional.of(organisation(object(organisations.get(i), path), path));
      } else {
        notCarried(path, "a recipient beyond the first");
      }
    }
    if (individual.isPresent()) {
      JsonNode person = object(individual.get(), "/recipientIndividual");
      if (recipient.isPresent()) {
        notCarried("/recipientIndividual", "an individual recipient beside a recipient organisation");
      } else {
        Person.Builder builder = Person.builder();
        text(person, "id", "/recipientIndividual").ifPresent(builder::id);
        text(person, "name", "/recipientIndividual").ifPresent(builder::name);
        for (String name : person.propertyNames()) {
          if (!name.equals("id") && !name.equals("name") && !person.get(name).isNull()) {
            notCarried("/recipientIndividual/" + escape(name), "the individual's " + name);
          }
        }
        recipient = Optional.of(builder.build());
      }
    }
    return recipient;
  }

  private Optional<Body> funder(JsonNode grant) {
    List<JsonNode> funders = array(grant, "fundingOrganization", "");
    Optional<Body> funder = Optional.empty();
    for (int i = 0; i < funders.size(); i++) {
      String path = "/fundingOrganization/" + i;
      if (i == 0) {
        funder = Optional.of(organisation(object(funders.get(i), path), path));
      } else {
        notCarried(path, "a funder beyond the first");
      }
    }
    return funder;
  }

  private Optional<String> programme(JsonNode grant) {
    List<JsonNode> programmes = array(grant, "grantProgramme", "");
    Optional<String> programme = Optional.empty();
    for (int i = 0; i < programmes.size(); i++) {
      String path = "/grantProgramme/" + i;
      JsonNode node = object(programmes.get(i), path);
      if (i > 0) {
        notCarried(path, "a grant programme beyond the first");
        continue;
      }
      programme = text(node, "title", path);
      for (String name : node.propertyNames()) {
        if (!name.equals("title") && !node.get(name).isNull()) {
          notCarried(path + "/" + escape(name), "the grant programme's " + name);
        }
      }
    }
    return programme;
  }

  /** A 360Giving organisation as a body, with its identifiers, address and contacts. */
  private Body organisation(JsonNode organisation, String path) {
    Body.Builder body = Body.builder();
    List<Identifier> identifiers = new ArrayList<>();
    Optional<String> id = text(organisation, "id", path);
    if (id.isPresent()) {
      Matcher orgId = Standard.ORG_ID.matcher(id.get());
      if (orgId.matches()) {
        identifiers.add(Identifier.of(orgId.group(1), orgId.group(2)));
      } else {
        body.id(id.get());
      }
    }
    text(organisation, "name", path).ifPresent(body::name);
    Optional<String> companyNumber = text(organisation, "companyNumber", path);
    if (companyNumber.isPresent()) {
      Identifier company = Identifier.of(Standard.COMPANY_REGISTER, companyNumber.get());
      if (!identifiers.contains(company)) {
        identifiers.add(company);
      }
    }
    Optional<String> charityNumber = text(organisation, "charityNumber", path);
    if (charityNumber.isPresent()) {
      String number = charityNumber.get();
      boolean same = identifiers.stream()
          .anyMatch(i -> Standard.CHARITY_REGISTERS.contains(i.scheme()) && i.id().equals(number));
      if (SCOTTISH_CHARITY.matcher(number).matches()) {
        Identifier scottish = Identifier.of("GB-SC", number);
        if (!identifiers.contains(scottish)) {
          identifiers.add(scottish);
        }
      } else if (!same) {
        notCarried(path + "/charityNumber", "the charity number " + number
            + ", whose register (England and Wales, or Northern Ireland) the number alone does not say");
      }
    }
    body.addAllIdentifiers(identifiers);
    Address.Builder address = Address.builder();
    Optional<String> street = text(organisation, "streetAddress", path);
    Optional<String> locality = text(organisation, "addressLocality", path);
    Optional<String> region = text(organisation, "addressRegion", path);
    Optional<String> country = text(organisation, "addressCountry", path);
    Optional<String> postalCode = text(organisation, "postalCode", path);
    street.ifPresent(address::streetAddress);
    locality.ifPresent(address::locality);
    region.ifPresent(address::region);
    country.ifPresent(address::countryName);
    postalCode.ifPresent(address::postalCode);
    if (street.isPresent() || locality.isPresent() || region.isPresent() || country.isPresent()
        || postalCode.isPresent()) {
      body.address(address.build());
    }
    text(organisation, "telephone", path).ifPresent(body::telephone);
    text(organisation, "email", path).ifPresent(body::email);
    Optional<String> type = text(organisation, "organisationType", path);
    if (type.isPresent()) {
      Standard.bodyKind(type.get()).ifPresentOrElse(body::kind,
          () -> notCarried(path + "/organisationType", "the organisation type \"" + type.get() + "\""));
    }
    List<JsonNode> locations = array(organisation, "location", path);
    for (int i = 0; i < locations.size(); i++) {
      String at = path + "/location/" + i;
      JsonNode location = object(locations.get(i), at);
      Optional<String> name = text(location, "name", at);
      boolean onlyName = location.propertyNames().stream().allMatch(n -> n.equals("name") || location.get(n).isNull());
      if (i == 0 && locations.size() == 1 && name.isPresent() && onlyName) {
        body.location(name.get());
      } else {
        notCarried(at, "the location" + name.map(n -> " \"" + n + "\"").orElse(""));
      }
    }
    for (Map.Entry<String, JsonNode> property : organisation.properties()) {
      if (!ORGANISATION.contains(property.getKey()) && !property.getValue().isNull()) {
        notCarried(path + "/" + escape(property.getKey()), "the organisation's " + property.getKey());
      }
    }
    return body.build();
  }

  // --- values ---

  private static Optional<JsonNode> present(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<String> text(JsonNode node, String name, String path) {
    return present(node, name).map(value -> string(value, path + "/" + escape(name)));
  }

  private static String string(JsonNode value, String path) {
    if (!value.isString()) {
      throw new Broken(path, "360Giving has text here; the grant has " + describe(value));
    }
    return value.stringValue();
  }

  private static Optional<BigDecimal> number(JsonNode node, String name, String path) {
    return present(node, name).map(value -> {
      if (!value.isNumber()) {
        throw new Broken(path + "/" + escape(name), "360Giving has a number here; the grant has " + describe(value));
      }
      return value.decimalValue();
    });
  }

  private static List<JsonNode> array(JsonNode node, String name, String path) {
    Optional<JsonNode> value = present(node, name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new Broken(path + "/" + escape(name), "360Giving has a list here; the grant has " + describe(value.get()));
    }
    List<JsonNode> items = new ArrayList<>();
    value.get().forEach(items::add);
    return items;
  }

  private static JsonNode object(JsonNode value, String path) {
    if (!value.isObject()) {
      throw new Broken(path, "360Giving has an object here; the grant has " + describe(value));
    }
    return value;
  }

  /** A date, YYYY-MM-DD, or a date-time read as its date (with a note on the time). */
  private LocalDate date(JsonNode value, String path) {
    String text = string(value, path);
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new Broken(path, "\"" + text + "\" is not a day of the calendar");
      }
    }
    LocalDateTime time;
    try {
      time = OffsetDateTime.parse(text).toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        time = LocalDateTime.parse(text);
      } catch (DateTimeParseException again) {
        throw new Broken(path, "\"" + text + "\" is neither a date (YYYY-MM-DD) nor a date-time");
      }
    }
    if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      notes.add(new ConversionNote(Kind.HANDLED, Standard.CODE + "date-time", path,
          "the date-time " + text + " read as the date " + time.toLocalDate()));
    } else {
      notCarried(path, "the time of day of " + text + " (read as the date " + time.toLocalDate() + ")");
    }
    return time.toLocalDate();
  }

  private static OffsetDateTime dateTime(JsonNode value, String path) {
    String text = string(value, path);
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new Broken(path, "\"" + text + "\" is not a date-time with an offset (RFC 3339)");
    }
  }

  private static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      default -> String.valueOf(value.getNodeType()).toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A property name as a JSON Pointer token. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private void notCarried(String path, String what) {
    notes.add(new ConversionNote(Kind.NOT_CARRIED, Standard.NOT_CARRIED, path,
        what + ": Minutebook has no place for it"));
  }
}
