package io.github.minutebook.ocds;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.procurement.Classification;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.ProcurementCategory;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one OCDS release to a Minutebook decision record of a contract notice, reading every value
 * once through {@link #text}, {@link #node} and friends, which mark it as used; what is left
 * unused at the end is listed as not carried, so that nothing is dropped without a word.
 */
final class ReleaseMapper {
  /** The OCDS words for a release's own identifier, kept as a provenance identifier's scheme. */
  static final String OCID_SCHEME = "ocid";

  private final JsonNode release;
  private final String base;
  private final PackageInfo info;
  private final List<ConversionNote> notes = new ArrayList<>();
  /** Notes of one code counted rather than repeated: code to [count, first path, message]. */
  private final Map<String, Object[]> counted = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Map<String, JsonNode> partiesById = new LinkedHashMap<>();

  /**
   * What the package around the releases says about all of them.
   *
   * @param uri the package's address
   * @param publishedDate when it was published, as written
   * @param publisher the publisher's name
   * @param license the licence's address
   */
  record PackageInfo(@Nullable String uri, @Nullable String publishedDate, @Nullable String publisher,
      @Nullable String license) {
    static final PackageInfo NONE = new PackageInfo(null, null, null, null);
  }

  private ReleaseMapper(JsonNode release, String base, PackageInfo info) {
    this.release = release;
    this.base = base;
    this.info = info;
  }

  /**
   * Maps a release found at {@code base} (a JSON Pointer into the input: {@code /releases/3}).
   *
   * @param source where the release is, for people
   */
  static Converted<DecisionRecord> map(JsonNode release, String base, String source, PackageInfo info) {
    ReleaseMapper mapper = new ReleaseMapper(release, base, info);
    try {
      return mapper.map(source);
    } catch (RuntimeException e) {
      // a value the model refuses (a currency that is not ISO 4217, say): this release only
      mapper.notes.add(new ConversionNote(Kind.FAILED, "ocds.unmappable", base,
          "the release could not be mapped: " + e.getMessage()));
      return Converted.failed(source, mapper.notes);
    }
  }

  private Converted<DecisionRecord> map(String source) {
    if (!release.isObject()) {
      notes.add(new ConversionNote(Kind.FAILED, "ocds.not-a-release", base, "a release must be a JSON object"));
      return Converted.failed(source, notes);
    }
    String ocid = text("/ocid");
    for (JsonNode party : release.path("parties")) {
      String id = party.path("id").isValueNode() ? party.path("id").asString() : null;
      if (id != null) {
        partiesById.putIfAbsent(id, party);
      }
    }
    DecisionRecord.Builder record = DecisionRecord.builder();
    Optional.ofNullable(text("/id")).ifPresent(record::id);
    String title = text("/tender/title");
    Optional.ofNullable(title).ifPresent(record::title);
    Optional.ofNullable(text("/language")).ifPresent(record::addLanguages);

    Body buyer = buyer();
    if (buyer != null) {
      record.authority(buyer);
    }

    List<ContractAward> awards = new ArrayList<>();
    JsonNode awardNodes = release.path("awards");
    for (int i = 0; i < awardNodes.size(); i++) {
      ContractAward award = award(i, title);
      if (award != null) {
        awards.add(award);
      }
    }
    if (awardNodes.isEmpty() && release.path("tender").isObject()) {
      ContractAward procurement = award(-1, title);
      if (procurement != null) {
        awards.add(procurement);
      }
    }
    if (awards.isEmpty()) {
      notes.add(new ConversionNote(Kind.FAILED, "ocds.no-contract", base,
          "the release has neither an award nor a tender with a title to make a contract decision of"));
      return Converted.failed(source, notes);
    }
    boolean awarded = !awardNodes.isEmpty();
    if (awarded) {
      record.kind(DecisionRecordKind.CONTRACT_AWARD_NOTICE); // a notice of a tender alone is no kind the model names
    }
    String partText = title != null ? title : awards.get(0).subject();
    record.addDecisions(Resolution.builder().addParts(ResolutionPart.builder()
        .text(partText)
        .effect(awarded ? PartEffect.AWARD_CONTRACT : PartEffect.AUTHORISE_PROCUREMENT)
        .addAllContractAwards(awards)
        .build()).build());
    if (!awarded) {
      note(Kind.HANDLED, "ocds.tender-only", "/tender",
          "a release with a tender and no award is read as the decision to procure");
    }

    documents("/tender/documents", record);
    for (int i = 0; i < awardNodes.size(); i++) {
      documents("/awards/" + i + "/documents", record);
    }

    if (info.publishedDate() != null) {
      OffsetDateTime published = dateTime(info.publishedDate(), "/publishedDate", false);
      if (published != null) {
        record.publishedAt(published).publicationDate(published.toLocalDate());
      }
    }
    String releaseDate = text("/date");
    if (releaseDate != null && !releaseDate.equals(info.publishedDate())) {
      note(Kind.NOT_CARRIED, "ocds.release-date", "/date", "the release's date " + releaseDate
          + " (when its information was first recorded) is not carried: the record is dated by its package");
    }
    Provenance.Builder provenance = Provenance.builder();
    boolean hasProvenance = false;
    if (info.publisher() != null) {
      provenance.publisher(info.publisher());
      hasProvenance = true;
    }
    if (info.uri() != null) {
      provenance.address(info.uri());
      hasProvenance = true;
    }
    if (info.license() != null) {
      provenance.licence(info.license());
      hasProvenance = true;
    }
    if (ocid != null) {
      provenance.addIdentifiers(Identifier.of(OCID_SCHEME, ocid));
      hasProvenance = true;
    } else {
      note(Kind.HANDLED, "ocds.no-ocid", "", "the release has no ocid");
    }
    if (hasProvenance) {
      record.provenance(provenance.build());
    }
    unused();
    flushCounted();
    return Converted.of(source, record.build(), notes);
  }

  private @Nullable Body buyer() {
    String buyerId = text("/buyer/id");
    JsonNode party = buyerId == null ? null : partiesById.get(buyerId);
    String pointer = party == null || buyerId == null ? null : partyPointer(buyerId);
    if (party == null) {
      for (int i = 0; i < release.path("parties").size(); i++) {
        JsonNode candidate = release.path("parties").get(i);
        for (JsonNode role : candidate.path("roles")) {
          if ("buyer".equals(role.asString())) {
            party = candidate;
            pointer = "/parties/" + i;
            break;
          }
        }
        if (party != null) {
          break;
        }
      }
    }
    markUsed("/buyer/name");
    if (party == null || pointer == null) {
      String name = text("/buyer/name");
      return name == null ? null : Body.builder().name(name).build();
    }
    return body(pointer);
  }

  private String partyPointer(String id) {
    JsonNode parties = release.path("parties");
    for (int i = 0; i < parties.size(); i++) {
      if (id.equals(parties.get(i).path("id").asString())) {
        return "/parties/" + i;
      }
    }
    return "/parties";
  }

  /** A party as a body: its name, address, identifiers and size; contact details are not carried. */
  private Body body(String pointer) {
    Body.Builder body = Body.builder();
    markUsed(pointer + "/id");
    markUsed(pointer + "/roles");
    Optional.ofNullable(text(pointer + "/name")).ifPresent(body::name);
    Address.Builder address = Address.builder();
    boolean hasAddress = false;
    for (String field : List.of("streetAddress", "locality", "region", "postalCode", "countryName")) {
      String value = text(pointer + "/address/" + field);
      if (value != null) {
        hasAddress = true;
        switch (field) {
          case "streetAddress" -> address.streetAddress(value);
          case "locality" -> address.locality(value);
          case "region" -> address.region(value);
          case "postalCode" -> address.postalCode(value);
          default -> address.countryName(value);
        }
      }
    }
    if (hasAddress) {
      Address built = address.build();
      body.address(withPostcodeApart(built, pointer + "/address/streetAddress"));
    }
    identifier(pointer + "/identifier").ifPresent(body::addIdentifiers);
    JsonNode additional = release.at(pointer + "/additionalIdentifiers");
    for (int i = 0; i < additional.size(); i++) {
      identifier(pointer + "/additionalIdentifiers/" + i).ifPresent(body::addIdentifiers);
    }
    Boolean sme = bool(pointer + "/sme");
    String scale = text(pointer + "/details/scale");
    if (sme == null && scale != null) {
      sme = switch (scale) {
        case "sme", "micro" -> Boolean.TRUE;
        case "large" -> Boolean.FALSE;
        default -> null;
      };
    }
    Optional.ofNullable(sme).ifPresent(body::sme);
    Optional.ofNullable(bool(pointer + "/vco")).ifPresent(body::vcse);
    JsonNode contact = release.at(pointer + "/contactPoint");
    if (contact.isObject() && hasContent(contact)) {
      count(Kind.NOT_CARRIED, "ocds.contact-details", pointer + "/contactPoint",
          "contact points (people's names, e-mail addresses and telephone numbers) are not carried into the record");
    }
    markUsed(pointer + "/contactPoint");
    return body.build();
  }

  /** A UK postcode, as the last line of an address: "GL14 2YD", "SW1A 1AA". */
  private static final java.util.regex.Pattern UK_POSTCODE =
      java.util.regex.Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

  /**
   * Contracts Finder writes a supplier's whole address in its street address, one line each, the
   * postcode last, and leaves the postcode empty: the last line is taken as the postcode when it
   * is one, and nothing else is read into the lines.
   */
  private Address withPostcodeApart(Address address, String pointer) {
    if (address.postalCode().isPresent() || address.streetAddress().isEmpty()) {
      return address;
    }
    String street = address.streetAddress().get();
    int lastBreak = street.lastIndexOf('\n');
    String last = street.substring(lastBreak + 1).strip();
    if (!UK_POSTCODE.matcher(last).matches()) {
      return address;
    }
    count(Kind.HANDLED, "ocds.postcode-in-street-address", pointer,
        "a postcode written as the last line of a street address is read as the postcode");
    if (lastBreak < 0) { // the street address is the postcode alone
      Address.Builder rebuilt = Address.builder().postalCode(last);
      address.locality().ifPresent(rebuilt::locality);
      address.region().ifPresent(rebuilt::region);
      address.countryName().ifPresent(rebuilt::countryName);
      return rebuilt.build();
    }
    String rest = street.substring(0, lastBreak).stripTrailing();
    if (rest.endsWith(",")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return Address.builder().from(address).streetAddress(rest).postalCode(last).build();
  }

  private Optional<Identifier> identifier(String pointer) {
    String scheme = text(pointer + "/scheme");
    String id = text(pointer + "/id");
    markUsed(pointer + "/legalName");
    String uri = text(pointer + "/uri");
    if (scheme == null || id == null) {
      if (release.at(pointer).isObject()) {
        count(Kind.HANDLED, "ocds.empty-identifier", pointer,
            "identifiers without a scheme or an id are read as no identifier");
      }
      return Optional.empty();
    }
    Identifier.Builder identifier = Identifier.builder().scheme(scheme).id(id);
    Optional.ofNullable(uri).ifPresent(identifier::address);
    return Optional.of(identifier.build());
  }

  /** The award at {@code index}, or with -1 the procurement a tender alone describes. */
  private @Nullable ContractAward award(int index, @Nullable String title) {
    String at = index < 0 ? "/tender" : "/awards/" + index;
    ContractAward.Builder award = ContractAward.builder();
    String subject = title;
    if (index >= 0) {
      Optional.ofNullable(text(at + "/id")).ifPresent(award::id);
      String awardTitle = text(at + "/title");
      if (subject == null) {
        subject = awardTitle;
      } else if (awardTitle != null && !awardTitle.equals(subject)) {
        note(Kind.NOT_CARRIED, "ocds.award-title", at + "/title", "the award's own title is not carried beside the tender's");
      }
    }
    if (subject == null) {
      note(Kind.LEFT_OUT, "ocds.no-title", at, "a contract decision needs a subject, and neither the tender nor the award has a title");
      return null;
    }
    award.subject(subject);
    Optional.ofNullable(text("/tender/id")).ifPresent(award::tenderId);
    Optional.ofNullable(text("/tender/description")).ifPresent(award::description);
    if (index >= 0) {
      String description = text(at + "/description");
      if (description != null && !description.equals(text("/tender/description"))
          && !description.toLowerCase(Locale.ROOT).startsWith("see description of related tender")) {
        note(Kind.NOT_CARRIED, "ocds.award-description", at + "/description",
            "the award's own description is not carried beside the tender's");
      }
      String status = text(at + "/status");
      if (status != null && !status.equals("active")) {
        note(Kind.NOT_CARRIED, "ocds.award-status", at + "/status", "the award's status \"" + status
            + "\" is not carried: a contract decision records what was decided, not whether it stands");
      }
    }

    ProcurementMethod method = method();
    if (method != null) {
      award.procurementMethod(method);
    }
    Optional.ofNullable(text("/tender/procurementMethodDetails")).ifPresent(award::methodAsWritten);
    Optional.ofNullable(text("/tender/procurementMethodRationale")).ifPresent(award::methodRationale);
    award.stage(index < 0 ? ContractStage.APPROVAL_TO_PROCURE
        : method == ProcurementMethod.DIRECT ? ContractStage.DIRECT_AWARD : ContractStage.AWARD);
    category().ifPresent(award::mainProcurementCategory);
    Optional.ofNullable(bool("/tender/xClassifications/isSuitableForSme")).ifPresent(award::suitableForSme);
    Optional.ofNullable(bool("/tender/xClassifications/isSuitableForVco")).ifPresent(award::suitableForVcse);
    Optional.ofNullable(bool("/tender/suitability/sme")).ifPresent(award::suitableForSme);
    Optional.ofNullable(bool("/tender/suitability/vcse")).ifPresent(award::suitableForVcse);

    Set<Classification> classifications = new LinkedHashSet<>();
    JsonNode items = release.at("/tender/items");
    for (int i = 0; i < items.size(); i++) {
      classification("/tender/items/" + i + "/classification").ifPresent(classifications::add);
      JsonNode more = release.at("/tender/items/" + i + "/additionalClassifications");
      for (int j = 0; j < more.size(); j++) {
        classification("/tender/items/" + i + "/additionalClassifications/" + j).ifPresent(classifications::add);
      }
      markUsed("/tender/items/" + i + "/id");
      String description = text("/tender/items/" + i + "/description");
      if (description != null && !description.toLowerCase(Locale.ROOT).startsWith("see description of related tender")) {
        count(Kind.NOT_CARRIED, "ocds.item-description", "/tender/items/" + i + "/description",
            "items' own descriptions are not carried: a contract decision keeps their classifications");
      }
    }
    award.addAllClassifications(classifications);

    money("/tender/minValue", "the tender's minimum value").ifPresent(award::estimatedMinValue);
    money("/tender/value", "the tender's value").ifPresent(award::estimatedValue);
    if (index >= 0) {
      money(at + "/value", "the award's value").ifPresent(value -> award.addValues(Amount.of(value)));
      JsonNode suppliers = release.at(at + "/suppliers");
      for (int i = 0; i < suppliers.size(); i++) {
        String id = text(at + "/suppliers/" + i + "/id");
        String name = text(at + "/suppliers/" + i + "/name");
        if (id != null && partiesById.containsKey(id)) {
          String pointer = partyPointer(id);
          award.addSuppliers(body(pointer));
          JsonNode own = release.at(pointer + "/x_awardValue/amount");
          if (own.isNumber() || own.isString() && !own.asString().isBlank()) {
            count(Kind.NOT_CARRIED, "ocds.supplier-award-value", pointer + "/x_awardValue",
                "a value awarded to one supplier of several is not carried: the award's values are the whole award's");
          }
          markUsed(pointer + "/x_awardValue");
        } else if (name != null) {
          award.addSuppliers(Body.builder().name(name).build());
        }
      }
      LocalDate awardDate = date(at + "/date");
      if (awardDate != null) {
        award.awardDate(awardDate);
      }
    }
    LocalDate deadline = date("/tender/tenderPeriod/endDate");
    if (deadline != null) {
      award.tenderDeadline(deadline);
    }
    Integer tenderers = integer("/tender/numberOfTenderers");
    if (tenderers != null) {
      award.tendersReceived(tenderers);
    }
    JsonNode named = release.at("/tender/tenderers");
    if (named.size() > 0) {
      markUsed("/tender/tenderers");
      note(Kind.NOT_CARRIED, "ocds.tenderers", "/tender/tenderers", "the " + named.size()
          + " tenderers named are not carried (a contract decision names its suppliers, and counts the tenders)");
    }
    String periodAt = index >= 0 && release.at(at + "/contractPeriod").isObject() ? at + "/contractPeriod"
        : "/tender/contractPeriod";
    LocalDate start = date(periodAt + "/startDate");
    LocalDate end = date(periodAt + "/endDate");
    if (!periodAt.equals("/tender/contractPeriod")) {
      markUsed("/tender/contractPeriod");
    }
    LocalDate maximumEnd = date(periodAt + "/maxExtentDate");
    List<java.time.Period> options = renewals(index >= 0 && release.at(at + "/renewal").isObject() ? at : "/tender");
    if (start != null || end != null || maximumEnd != null || !options.isEmpty()) {
      ContractTerm.Builder term = ContractTerm.builder();
      Optional.ofNullable(start).ifPresent(term::start);
      Optional.ofNullable(end).ifPresent(term::end);
      Optional.ofNullable(maximumEnd).ifPresent(term::maximumEnd);
      term.addAllExtensionOptions(options);
      award.term(term.build());
    }
    awardCriteria(index >= 0 ? at : null).forEach(award::addEvaluationCriteria);
    framework(award);
    return award.build();
  }

  /**
   * The options to renew (the renewal extension): as many as {@code maximumRenewals}, of equal
   * length, when the period over which they run divides among them in whole months or days.
   */
  private List<java.time.Period> renewals(String at) {
    Boolean has = bool(at + "/hasRenewal");
    JsonNode renewal = release.at(at + "/renewal");
    if (!Boolean.TRUE.equals(has) || !renewal.isObject()) {
      return List.of();
    }
    Integer count = integer(at + "/renewal/maximumRenewals");
    Integer months = integer(at + "/renewal/period/durationInMonths");
    Integer days = integer(at + "/renewal/period/durationInDays");
    String words = text(at + "/renewal/description");
    if (words != null) {
      note(Kind.NOT_CARRIED, "ocds.renewal-description", at + "/renewal/description",
          "the renewals' description is not carried: the options are kept as lengths");
    }
    if (count == null || count == 0) {
      return List.of();
    }
    java.time.Period each = months != null && months % count == 0 ? java.time.Period.ofMonths(months / count)
        : days != null && days % count == 0 ? java.time.Period.ofDays(days / count) : null;
    if (each == null) {
      note(Kind.NOT_CARRIED, "ocds.renewal-period", at + "/renewal", "the " + count
          + " renewals' total length does not divide among them, so their lengths are not known");
      return List.of();
    }
    count(Kind.HANDLED, "ocds.renewals-as-options", at + "/renewal",
        "renewals read as options of equal length over the renewal period");
    return java.util.Collections.nCopies(count, each);
  }

  /** The award criteria (the award criteria extension) of the award's lot, or of the only lot. */
  private List<io.github.minutebook.procurement.EvaluationCriterion> awardCriteria(@Nullable String awardAt) {
    JsonNode lots = release.at("/tender/lots");
    int lot = -1;
    String related = awardAt == null ? null : text(awardAt + "/relatedLots/0");
    for (int i = 0; i < lots.size(); i++) {
      if (lots.size() == 1 || related != null && related.equals(lots.get(i).path("id").asString())) {
        lot = i;
      }
    }
    if (lot < 0) {
      return List.of();
    }
    String base = "/tender/lots/" + lot + "/awardCriteria/criteria";
    List<io.github.minutebook.procurement.EvaluationCriterion> criteria = new ArrayList<>();
    for (int i = 0; i < release.at(base).size(); i++) {
      String name = text(base + "/" + i + "/name");
      String type = text(base + "/" + i + "/type");
      JsonNode number = release.at(base + "/" + i + "/numbers/0/number");
      String weight = text(base + "/" + i + "/numbers/0/weight");
      markUsed(base + "/" + i + "/numbers/0/number");
      if ((name != null || type != null) && number.isNumber() && "percentageExact".equals(weight)) {
        criteria.add(io.github.minutebook.procurement.EvaluationCriterion.of(java.util.Objects.requireNonNullElse(name, java.util.Objects.requireNonNullElse(type, "")),
            number.decimalValue()));
      } else {
        note(Kind.NOT_CARRIED, "ocds.award-criterion", base + "/" + i,
            "an award criterion without a name and an exact percentage weight is not carried");
      }
    }
    return criteria;
  }

  /**
   * A framework agreement or dynamic purchasing system (the techniques extension) that the release
   * names, read as the one the award sets up.
   */
  private void framework(ContractAward.Builder award) {
    Boolean agreement = bool("/tender/techniques/hasFrameworkAgreement");
    Boolean dps = bool("/tender/techniques/hasDynamicPurchasingSystem");
    String name = text("/tender/techniques/frameworkAgreement/description");
    if (!Boolean.TRUE.equals(agreement) && !Boolean.TRUE.equals(dps)) {
      return;
    }
    if (name == null) {
      note(Kind.NOT_CARRIED, "ocds.unnamed-framework", "/tender/techniques",
          "a framework agreement or dynamic purchasing system without a name is not carried: the model names each");
      return;
    }
    io.github.minutebook.procurement.Framework framework = io.github.minutebook.procurement.Framework.builder()
        .name(name).kind(Boolean.TRUE.equals(agreement) ? io.github.minutebook.procurement.FrameworkKind.FRAMEWORK_AGREEMENT
            : io.github.minutebook.procurement.FrameworkKind.DYNAMIC_PURCHASING_SYSTEM).build();
    award.establishes(framework); // the exporter names only the arrangement an award sets up
  }

  private @Nullable ProcurementMethod method() {
    String code = text("/tender/procurementMethod");
    if (code != null) {
      for (ProcurementMethod method : ProcurementMethod.values()) {
        if (method.name().toLowerCase(Locale.ROOT).equals(code)) {
          return method;
        }
      }
      note(Kind.NOT_CARRIED, "ocds.unknown-method", "/tender/procurementMethod",
          "\"" + code + "\" is not a code of OCDS's method list; kept only in the method as written");
      return null;
    }
    String details = text("/tender/procurementMethodDetails");
    ProcurementMethod method = details == null ? null : ProcurementMethods.fromDetails(details);
    if (method != null) {
      count(Kind.HANDLED, "ocds.method-from-details", "/tender/procurementMethodDetails",
          "the method is given only in words (procurementMethod is null): \"" + details + "\" read as "
              + method.name().toLowerCase(Locale.ROOT));
    }
    return method;
  }

  private Optional<ProcurementCategory> category() {
    String code = text("/tender/mainProcurementCategory");
    String contractType = text("/tender/xClassifications/ojeuContractType");
    if (code != null) {
      return switch (code) {
        case "goods" -> Optional.of(ProcurementCategory.GOODS);
        case "works" -> Optional.of(ProcurementCategory.WORKS);
        case "services" -> Optional.of(ProcurementCategory.SERVICES);
        default -> Optional.empty();
      };
    }
    if (contractType == null) {
      return Optional.empty();
    }
    Optional<ProcurementCategory> category = switch (contractType.toLowerCase(Locale.ROOT)) {
      case "products", "supplies", "goods" -> Optional.of(ProcurementCategory.GOODS);
      case "works" -> Optional.of(ProcurementCategory.WORKS);
      case "services" -> Optional.of(ProcurementCategory.SERVICES);
      default -> Optional.empty();
    };
    if (category.isPresent()) {
      note(Kind.HANDLED, "ocds.category-from-contract-type", "/tender/xClassifications/ojeuContractType",
          "the category is read from Contracts Finder's contract type \"" + contractType + "\"");
    }
    return category;
  }

  private Optional<Classification> classification(String pointer) {
    String scheme = text(pointer + "/scheme");
    String id = text(pointer + "/id");
    String description = text(pointer + "/description");
    String uri = text(pointer + "/uri");
    if (scheme == null || id == null) {
      return Optional.empty();
    }
    Classification.Builder classification = Classification.builder().scheme(scheme).code(id);
    Optional.ofNullable(description).ifPresent(classification::description);
    Optional.ofNullable(uri).ifPresent(classification::address);
    return Optional.of(classification.build());
  }

  private void documents(String pointer, DecisionRecord.Builder record) {
    JsonNode documents = release.at(pointer);
    for (int i = 0; i < documents.size(); i++) {
      String at = pointer + "/" + i;
      Document.Builder document = Document.builder().kind(DocumentKind.OTHER);
      Optional.ofNullable(text(at + "/id")).ifPresent(document::id);
      Optional.ofNullable(text(at + "/title")).ifPresent(document::title);
      Optional.ofNullable(text(at + "/url")).ifPresent(document::address);
      Optional.ofNullable(text(at + "/format")).ifPresent(document::mediaType);
      Optional.ofNullable(text(at + "/language")).ifPresent(document::language);
      LocalDate published = date(at + "/datePublished");
      if (published != null) {
        document.date(published);
      }
      record.addDocuments(document.build());
    }
    markUsed(pointer);
  }

  // --- reading values, each marked as used ---

  /** A string, with its HTML character references decoded; null when absent, null or blank. */
  private @Nullable String text(String pointer) {
    JsonNode node = release.at(pointer);
    markUsed(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    String value = node.isValueNode() ? node.asString() : null;
    if (value == null || value.isBlank()) {
      return null;
    }
    String decoded = HtmlEntities.decode(value);
    if (!decoded.equals(value)) {
      count(Kind.HANDLED, "ocds.html-entities", pointer, "HTML character references in text (\"&amp;\", \"&#039;\") decoded");
    }
    return decoded;
  }

  private @Nullable Boolean bool(String pointer) {
    JsonNode node = release.at(pointer);
    markUsed(pointer);
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isString() && (node.asString().equals("true") || node.asString().equals("false"))) {
      return Boolean.valueOf(node.asString());
    }
    return null;
  }

  private @Nullable Integer integer(String pointer) {
    JsonNode node = release.at(pointer);
    markUsed(pointer);
    if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 0) {
      return node.intValue();
    }
    if (!node.isMissingNode() && !node.isNull()) {
      note(Kind.NOT_CARRIED, "ocds.bad-number", pointer, "\"" + node + "\" is not a count");
    }
    return null;
  }

  /** A value object ({@code amount}, {@code currency}) as money; 0 read as not given. */
  private Optional<Money> money(String pointer, String what) {
    JsonNode amount = release.at(pointer + "/amount");
    String currency = text(pointer + "/currency");
    markUsed(pointer + "/amount");
    if (amount.isMissingNode() || amount.isNull()) {
      return Optional.empty();
    }
    BigDecimal value;
    if (amount.isNumber()) {
      value = amount.decimalValue();
    } else if (amount.isString()) {
      try {
        value = new BigDecimal(amount.asString().trim());
      } catch (NumberFormatException e) {
        note(Kind.NOT_CARRIED, "ocds.bad-amount", pointer + "/amount", what + " \"" + amount.asString() + "\" is not a number");
        return Optional.empty();
      }
      note(Kind.HANDLED, "ocds.amount-as-text", pointer + "/amount", what + " is written as text, not as a number");
    } else {
      note(Kind.NOT_CARRIED, "ocds.bad-amount", pointer + "/amount", what + " is not a number");
      return Optional.empty();
    }
    if (value.signum() == 0) {
      note(Kind.HANDLED, "ocds.zero-value", pointer, what + " of 0 is read as no value given"
          + " (Contracts Finder writes 0 where the buyer gave none)");
      return Optional.empty();
    }
    if (currency == null) {
      note(Kind.NOT_CARRIED, "ocds.no-currency", pointer, what + " " + value.toPlainString()
          + " has no currency: a sum without one is not carried");
      return Optional.empty();
    }
    Currency code;
    try {
      code = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      note(Kind.NOT_CARRIED, "ocds.bad-currency", pointer + "/currency", "\"" + currency + "\" is not an ISO 4217 currency code");
      return Optional.empty();
    }
    return Optional.of(Money.of(value, code));
  }

  /** The date of a date-time as it is written (its own offset's date), or of a plain date. */
  private @Nullable LocalDate date(String pointer) {
    String text = text(pointer);
    if (text == null) {
      return null;
    }
    OffsetDateTime dateTime = dateTime(text, pointer, true);
    if (dateTime != null) {
      return dateTime.toLocalDate();
    }
    try {
      LocalDate date = LocalDate.parse(text);
      count(Kind.HANDLED, "ocds.date-without-time", pointer, "dates written without a time (OCDS asks for a date-time) read as dates");
      return date;
    } catch (DateTimeParseException e) {
      // reported below
    }
    try {
      LocalDate date = LocalDateTime.parse(text).toLocalDate();
      count(Kind.HANDLED, "ocds.date-without-offset", pointer,
          "date-times written without a time zone (OCDS asks for one) read by their date");
      return date;
    } catch (DateTimeParseException e) {
      note(Kind.NOT_CARRIED, "ocds.bad-date", pointer, "\"" + text + "\" is not a date");
      return null;
    }
  }

  private @Nullable OffsetDateTime dateTime(String text, String pointer, boolean quiet) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      if (!quiet) {
        note(Kind.NOT_CARRIED, "ocds.bad-date", pointer, "\"" + text + "\" is not a date-time");
      }
      return null;
    }
  }

  private void markUsed(String pointer) {
    used.add(base + pointer);
  }

  private static boolean hasContent(JsonNode node) {
    if (node.isObject() || node.isArray()) {
      for (JsonNode child : node) {
        if (hasContent(child)) {
          return true;
        }
      }
      return false;
    }
    return !node.isNull() && !node.isMissingNode() && !(node.isString() && node.asString().isBlank());
  }

  /** Lists the values nothing read: each path once, with a count where it repeats. */
  private void unused() {
    Map<String, int[]> byShape = new LinkedHashMap<>();
    Map<String, String> firstAt = new LinkedHashMap<>();
    collectUnused(release, "", byShape, firstAt);
    byShape.forEach((shape, count) -> note(Kind.NOT_CARRIED, "ocds.not-mapped", firstAt.getOrDefault(shape, ""),
        (count[0] == 1 ? "a value" : count[0] + " values") + " at " + shape + " not carried: the model has no place for "
            + (count[0] == 1 ? "it" : "them")));
  }

  private void collectUnused(JsonNode node, String pointer, Map<String, int[]> byShape, Map<String, String> firstAt) {
    if (used.contains(base + pointer)) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collectUnused(field.getValue(), pointer + "/" + escape(field.getKey()), byShape, firstAt);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUnused(node.get(i), pointer + "/" + i, byShape, firstAt);
      }
    } else if (hasContent(node)) {
      String shape = pointer.replaceAll("/\\d+(?=/|$)", "/*");
      byShape.computeIfAbsent(shape, s -> new int[1])[0]++;
      firstAt.putIfAbsent(shape, pointer);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private void note(Kind kind, String code, String pointer, String message) {
    notes.add(new ConversionNote(kind, code, base + pointer, message));
  }

  /** A note that would repeat for every party or field: given once, with how many times it applied. */
  private void count(Kind kind, String code, String pointer, String message) {
    Object[] entry = counted.get(code);
    if (entry == null) {
      counted.put(code, new Object[] {kind, 1, base + pointer, message});
    } else {
      entry[1] = (Integer) entry[1] + 1;
    }
  }

  private void flushCounted() {
    counted.forEach((code, entry) -> {
      int times = (Integer) entry[1];
      notes.add(new ConversionNote((Kind) entry[0], code, (String) entry[2],
          entry[3] + (times == 1 ? "" : " (" + times + " times; the first is at this path)")));
    });
  }

  /** For tests: the notes so far. */
  List<ConversionNote> notes() {
    return ImmutableList.copyOf(notes);
  }
}
