package io.github.minutebook.ocds;

import com.google.common.base.Ascii;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.procurement.AwardBasis;
import io.github.minutebook.procurement.Classification;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.procurement.FrameworkKind;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the OCDS release of one contract award: the mapping that docs/ocds.md tabulates, field by
 * field, with a note for everything the release does not carry.
 */
final class OcdsExportRelease {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /** Which part of a contracting process a stage's release describes. */
  private enum Phase {
    /** Approval to procure, market test: the process is planned; tag {@code planning}. */
    PLANNING,
    /** Award, call-off, direct award, use of an existing contract: tag {@code award}. */
    AWARD,
    /** Variation, extension: a change to a contract in place; tag {@code contractAmendment}. */
    AMENDMENT
  }

  private final OcdsExporter exporter;
  private final CouncilRecord record;
  private final OcdsExportAwards.Found found;
  private final ContractAward award;
  private final String path;
  private final String recordKey;
  private final Set<String> usedIds;
  private final List<ConversionNote> notes = new ArrayList<>();
  private final Map<Body, ObjectNode> parties = new LinkedHashMap<>();
  private final Set<String> partyIds = new LinkedHashSet<>();
  /** The lot the award is for, where it is one of the procurement's lots. */
  private @Nullable String lotId;

  OcdsExportRelease(OcdsExporter exporter, CouncilRecord record, OcdsExportAwards.Found found, String recordKey,
      Set<String> usedIds) {
    this.exporter = exporter;
    this.record = record;
    this.found = found;
    this.award = found.award();
    this.path = found.path();
    this.recordKey = recordKey;
    this.usedIds = usedIds;
  }

  /** The release, or the reason there is none, with the notes. */
  Converted<ObjectNode> build() {
    String stableId = stableId();
    String ocid = exporter.ocidPrefix() + "-" + stableId;
    String source = path + " (ocid " + ocid + ")";
    Optional<String> date = releaseDate();
    if (date.isEmpty()) {
      notes.add(new ConversionNote(Kind.FAILED, "ocds.no-date", path, "no release can be made: OCDS needs a date"
          + " for a release, and neither the decision, the award, the record nor the exporter gives one"));
      return Converted.failed(source, notes);
    }
    Phase phase = phase(award.stage());

    ObjectNode release = JSON.objectNode();
    release.put("ocid", ocid);
    release.put("id", ocid.replace("#", "%23") + "-" + code(award.stage()));
    release.put("date", date.get());
    release.putArray("tag").add(switch (phase) {
      case PLANNING -> "planning";
      case AWARD -> "award";
      case AMENDMENT -> "contractAmendment";
    });
    release.put("initiationType", "tender");
    language().ifPresent(language -> release.put("language", language));
    ArrayNode partiesNode = release.putArray("parties");

    record.authority().ifPresent(authority -> release.set("buyer", party(authority, "buyer", null)));
    if (phase == Phase.PLANNING) {
      release.putObject("planning");
    }
    ObjectNode tender = release.putObject("tender");
    tender(tender, ocid, phase);

    ArrayNode documents = documents(phase);
    if (phase == Phase.PLANNING) {
      plannedAward(tender);
      if (documents.isEmpty()) {
        release.remove("planning");
      } else {
        ((ObjectNode) release.get("planning")).set("documents", documents);
      }
    } else {
      ObjectNode awardNode = release.putArray("awards").addObject();
      award(awardNode, stableId, phase);
      if (phase == Phase.AMENDMENT) {
        ObjectNode contract = release.putArray("contracts").addObject();
        contract(contract, stableId, date.get());
        if (!documents.isEmpty()) {
          contract.set("documents", documents);
        }
      } else if (!documents.isEmpty()) {
        awardNode.set("documents", documents);
      }
    }
    relatedProcesses(release);
    notCarried();

    parties.values().forEach(partiesNode::add);
    if (partiesNode.isEmpty()) {
      release.remove("parties");
    }
    return Converted.of(source, release, notes);
  }

  // --- identifiers and dates ---

  /**
   * The award's own id where it has one not used by an award before it in the record; else one
   * derived from the record and the award's position.
   */
  private String stableId() {
    if (award.id().isPresent() && !award.id().get().isEmpty() && usedIds.add(award.id().get())) {
      return award.id().get();
    }
    StringBuilder position = new StringBuilder(recordKey);
    Matcher index = INDEX.matcher(path);
    while (index.find()) {
      position.append('-').append(index.group(1));
    }
    String derived = position.toString();
    usedIds.add(derived);
    return derived;
  }

  /**
   * The record's own id; else a hash of what identifies it (for a meeting: authority, body, date,
   * start, title, number; for a decision record: authority, reference, title, dates), so that the
   * same record gives the same ocids however often it is exported.
   */
  static String recordKey(CouncilRecord record) {
    if (record.id().isPresent() && !record.id().get().isEmpty()) {
      return record.id().get();
    }
    Hasher hasher = Hashing.sha256().newHasher();
    List<Object> facts = new ArrayList<>();
    record.authority().ifPresent(a -> facts.add(a.displayName()));
    if (record instanceof Meeting meeting) {
      facts.add("meeting");
      facts.add(meeting.body().map(Body::displayName).orElse(""));
      facts.add(meeting.date().map(Object::toString).orElse(""));
      facts.add(meeting.startTime().map(Object::toString).orElse(""));
      facts.add(meeting.title().orElse(""));
      facts.add(meeting.number().orElse(""));
      facts.add(meeting.web().orElse(""));
    } else if (record instanceof DecisionRecord decision) {
      facts.add("decision");
      facts.add(decision.reference().orElse(""));
      facts.add(decision.title().orElse(""));
      facts.add(decision.decisionDate().map(Object::toString).orElse(""));
      facts.add(decision.publicationDate().map(Object::toString).orElse(""));
    }
    record.provenance().flatMap(Provenance::address).ifPresent(facts::add);
    for (Object fact : facts) {
      hasher.putString(fact.toString(), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return hasher.hash().toString().substring(0, 16);
  }

  /**
   * The release's date: the resolution's decision date; else the record's (a decision record's
   * decision date, a meeting's date); else the award's date; else when the record was published;
   * else the exporter's published date.
   */
  private Optional<String> releaseDate() {
    Optional<LocalDate> decided = found.resolution().decisionDate();
    if (decided.isEmpty()) {
      decided = record instanceof Meeting meeting ? meeting.date()
          : ((DecisionRecord) record).decisionDate();
    }
    if (decided.isEmpty()) {
      decided = award.awardDate();
    }
    Optional<String> date = decided.flatMap(OcdsExportRelease::dateTime);
    if (date.isPresent()) {
      return date;
    }
    if (record instanceof DecisionRecord decision) {
      if (decision.publishedAt().isPresent()) {
        return dateTime(decision.publishedAt().get());
      }
      if (decision.publicationDate().isPresent()) {
        return dateTime(decision.publicationDate().get());
      }
    }
    return exporter.publishedDate().flatMap(OcdsExportRelease::dateTime);
  }

  /** A date as OCDS writes one without a time: midnight UTC. Empty for a year RFC 3339 cannot write. */
  static Optional<String> dateTime(LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      return Optional.empty();
    }
    return Optional.of(date + "T00:00:00Z");
  }

  /** An instant as RFC 3339 writes it, in UTC where its offset has seconds, which RFC 3339 cannot write. */
  static Optional<String> dateTime(OffsetDateTime instant) {
    OffsetDateTime written = instant;
    if (written.getOffset().getTotalSeconds() % 60 != 0) {
      written = written.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (written.getYear() < 0 || written.getYear() > 9999) {
      return Optional.empty();
    }
    return Optional.of(written.withNano(0).format(RFC_3339));
  }

  /** A date of the award, with a note where it cannot be written. */
  private Optional<String> date(LocalDate date, String field) {
    Optional<String> written = dateTime(date);
    if (written.isEmpty()) {
      leftOut("ocds.date-out-of-range", field, "the date " + date + " has a year RFC 3339 cannot write");
    }
    return written;
  }

  private Optional<String> language() {
    List<String> languages = record instanceof Meeting meeting ? meeting.languages()
        : ((DecisionRecord) record).languages();
    return languages.size() == 1 && !languages.get(0).isEmpty() ? Optional.of(languages.get(0)) : Optional.empty();
  }

  private static Phase phase(ContractStage stage) {
    return switch (stage) {
      case APPROVAL_TO_PROCURE, MARKET_TEST -> Phase.PLANNING;
      case AWARD, CALL_OFF, DIRECT_AWARD, USE_OF_EXISTING_CONTRACT -> Phase.AWARD;
      case VARIATION, EXTENSION -> Phase.AMENDMENT;
    };
  }

  /** The stage as the Minutebook format writes it: {@code direct-award}. */
  private static String code(Enum<?> value) {
    return Ascii.toLowerCase(value.name()).replace('_', '-');
  }

  // --- tender ---

  private void tender(ObjectNode tender, String ocid, Phase phase) {
    Optional<String> tenderId = text(award.tenderId());
    Optional<String> reference = text(award.procurementReference());
    if (tenderId.isPresent()) {
      tender.put("id", tenderId.get());
      reference.ifPresent(r -> notCarried("ocds.procurement-reference", "procurementReference",
          "the buyer's reference \"" + r + "\": OCDS has one tender id, and it is the tender id "
              + tenderId.get()));
    } else {
      tender.put("id", reference.orElse(ocid));
    }
    tender.put("title", award.subject());
    text(award.description()).ifPresent(d -> tender.put("description", d));
    // the body that lets the contract, or leads the joint procurement, manages it: OCDS's procuring entity
    Optional<ObjectNode> letting = award.contractingAuthority()
        .map(body -> party(body, "procuringEntity", "contractingAuthority"));
    Optional<ObjectNode> leading = award.leadBody().map(body -> party(body, "procuringEntity", "leadBody"));
    letting.or(() -> leading).ifPresent(entity -> tender.set("procuringEntity", entity));
    for (int i = 0; i < award.jointWith().size(); i++) {
      var unused = party(award.jointWith().get(i), "buyer", "jointWith[" + i + "]"); // a party of the release
    }
    items(tender);
    award.estimatedValue().flatMap(money -> value(money, "estimatedValue")).ifPresent(v -> tender.set("value", v));
    award.estimatedMinValue().flatMap(money -> value(money, "estimatedMinValue"))
        .ifPresent(v -> tender.set("minValue", v));
    award.procurementMethod().ifPresent(m -> tender.put("procurementMethod", Ascii.toLowerCase(m.name())));
    text(award.methodAsWritten()).ifPresent(m -> tender.put("procurementMethodDetails", m));
    text(award.methodRationale()).ifPresent(m -> tender.put("procurementMethodRationale", m));
    award.mainProcurementCategory().ifPresent(c -> tender.put("mainProcurementCategory", Ascii.toLowerCase(c.name())));
    awardBasis(tender);
    tenderPeriod(tender);
    award.tendersReceived().ifPresent(n -> tender.put("numberOfTenderers", n));
    Optional<ContractTerm> planned = award.plannedTerm();
    if (planned.isPresent()) {
      period(planned.get(), "plannedTerm").ifPresent(p -> tender.set("contractPeriod", p));
    }
    suitability(tender);
    techniques(tender);
    lots(tender, phase);
  }

  private void items(ObjectNode tender) {
    List<Classification> classifications = award.classifications();
    if (classifications.isEmpty()) {
      return;
    }
    List<ObjectNode> written = new ArrayList<>();
    for (int i = 0; i < classifications.size(); i++) {
      ObjectNode classification = classification(classifications.get(i), "classifications[" + i + "]");
      if (!written.contains(classification)) { // OCDS wants each classification once
        written.add(classification);
      }
    }
    ObjectNode item = tender.putArray("items").addObject();
    item.put("id", "1");
    item.set("classification", written.get(0));
    if (written.size() > 1) {
      ArrayNode additional = item.putArray("additionalClassifications");
      written.subList(1, written.size()).forEach(additional::add);
    }
  }

  private ObjectNode classification(Classification classification, String field) {
    ObjectNode node = JSON.objectNode();
    node.put("scheme", classification.scheme());
    node.put("id", classification.code());
    text(classification.description()).ifPresent(d -> node.put("description", d));
    uri(classification.address(), field + ".address").ifPresent(u -> node.put("uri", u));
    return node;
  }

  private void awardBasis(ObjectNode tender) {
    if (award.awardBasis().isEmpty()) {
      return;
    }
    AwardBasis basis = award.awardBasis().get();
    String code = switch (basis) {
      case LOWEST_PRICE, LOWEST_RESPONSIBLE_BID -> "priceOnly";
      case MOST_ECONOMICALLY_ADVANTAGEOUS -> "ratedCriteria";
      case QUALITY_ONLY -> "qualityOnly";
      case BEST_VALUE, OTHER -> null;
    };
    if (code != null) {
      tender.put("awardCriteria", code);
      if (basis == AwardBasis.LOWEST_RESPONSIBLE_BID) {
        notCarried("ocds.award-basis", "awardBasis", "the basis \"lowest responsible bid\" is written as OCDS's"
            + " priceOnly (the qualified bid with the lowest price); the words are not carried");
      }
    } else {
      notCarried("ocds.award-basis", "awardBasis", "the basis \"" + code(basis) + "\" has no code in OCDS's"
          + " awardCriteria list (its \"best value to government\" is deprecated)");
    }
  }

  private void tenderPeriod(ObjectNode tender) {
    if (award.tenderDeadline().isEmpty()) {
      award.tenderDeadlineTime().ifPresent(time -> notCarried("ocds.deadline-time", "tenderDeadlineTime",
          "the deadline's time " + time + " without its day"));
      return;
    }
    LocalDate day = award.tenderDeadline().get();
    Optional<String> end = Optional.empty();
    if (award.tenderDeadlineTime().isPresent()) {
      LocalTime time = award.tenderDeadlineTime().get();
      Optional<ZoneId> zone = record instanceof Meeting meeting ? meeting.zone() : Optional.empty();
      if (zone.isPresent()) {
        try {
          end = dateTime(day.atTime(time).atZone(zone.get()).toOffsetDateTime());
        } catch (DateTimeException e) {
          end = Optional.empty();
        }
      }
      if (end.isEmpty()) {
        notCarried("ocds.deadline-time", "tenderDeadlineTime", "the deadline's time " + time + " is local to the"
            + " buyer, and the record gives no time zone to write it with; the day is written");
      }
    }
    if (end.isEmpty()) {
      end = date(day, "tenderDeadline");
    }
    end.ifPresent(e -> tender.putObject("tenderPeriod").put("endDate", e));
  }

  private void suitability(ObjectNode tender) {
    if (award.suitableForSme().isEmpty() && award.suitableForVcse().isEmpty()) {
      return;
    }
    ObjectNode suitability = tender.putObject("suitability");
    award.suitableForSme().ifPresent(sme -> suitability.put("sme", sme));
    award.suitableForVcse().ifPresent(vcse -> suitability.put("vcse", vcse));
  }

  /** Frameworks and dynamic purchasing systems: the one the award sets up, and the one it calls off from. */
  private void techniques(ObjectNode tender) {
    ObjectNode techniques = JSON.objectNode();
    if (award.establishes().isPresent()) {
      Framework established = award.establishes().get();
      Optional<FrameworkKind> kind = established.kind();
      if (kind.equals(Optional.of(FrameworkKind.FRAMEWORK_AGREEMENT))) {
        techniques.put("hasFrameworkAgreement", true);
        if (!established.name().isEmpty()) {
          techniques.putObject("frameworkAgreement").put("description", established.name());
        }
      } else if (kind.equals(Optional.of(FrameworkKind.DYNAMIC_PURCHASING_SYSTEM))) {
        techniques.put("hasDynamicPurchasingSystem", true);
        notCarried("ocds.framework-name", "establishes.name", "the name of the dynamic purchasing system set up, \""
            + established.name() + "\": OCDS's dynamic purchasing system has no name or description");
      } else {
        notCarried("ocds.establishes", "establishes", "the " + kind.map(k -> code(k) + " ").orElse("arrangement ")
            + "\"" + established.name() + "\" that the award sets up: OCDS's techniques are framework agreements"
            + " and dynamic purchasing systems" + (kind.isEmpty() ? ", and the record does not say which" : ""));
      }
      frameworkDetails(established, "establishes");
    }
    if (award.framework().isPresent()) {
      Framework from = award.framework().get();
      if (from.kind().equals(Optional.of(FrameworkKind.FRAMEWORK_AGREEMENT))) {
        techniques.put("hasFrameworkAgreement", true);
      } else if (from.kind().equals(Optional.of(FrameworkKind.DYNAMIC_PURCHASING_SYSTEM))) {
        techniques.put("hasDynamicPurchasingSystem", true);
      } else if (from.kind().isPresent()) {
        notCarried("ocds.framework-kind", "framework.kind", "the arrangement called off from is an "
            + code(from.kind().get()) + ", which OCDS's techniques do not name");
      }
      frameworkDetails(from, "framework");
    }
    if (!techniques.isEmpty()) {
      tender.set("techniques", techniques);
    }
  }

  private void frameworkDetails(Framework framework, String field) {
    List<String> details = new ArrayList<>();
    framework.provider().ifPresent(p -> details.add("its provider " + p.displayName()));
    if (!framework.openTo().isEmpty()) {
      List<String> names = new ArrayList<>();
      framework.openTo().forEach(b -> names.add(b.displayName()));
      details.add("the bodies it is open to (" + String.join(", ", names) + ")");
    }
    framework.lot().ifPresent(lot -> details.add("the lot \"" + lot + "\""));
    if (!details.isEmpty()) {
      notCarried("ocds.framework-details", field, "of the framework \"" + framework.name() + "\", "
          + String.join(", ", details) + ": OCDS has no place for them");
    }
  }

  /**
   * The procurement's lots, where the record names or counts them or the award is one lot; the lot
   * the award criteria are given for. Lot ids are the lots' positions, "1" to "n".
   */
  private void lots(ObjectNode tender, Phase phase) {
    List<String> titles = award.lotTitles();
    Optional<Integer> count = award.lots();
    Optional<String> lot = text(award.lot());
    ArrayNode lots = JSON.arrayNode();
    for (int i = 0; i < titles.size(); i++) {
      ObjectNode node = lots.addObject().put("id", Integer.toString(i + 1));
      if (!titles.get(i).isEmpty()) {
        node.put("title", titles.get(i));
      }
    }
    if (count.isPresent() && count.get() > titles.size()) {
      if (count.get() <= 1000) {
        for (int i = titles.size(); i < count.get(); i++) {
          lots.addObject().put("id", Integer.toString(i + 1));
        }
      } else {
        leftOut("ocds.lots", "lots", "the count of " + count.get() + " lots is not written as that many lots");
      }
    } else if (count.isPresent() && count.get() < titles.size()) {
      leftOut("ocds.lots", "lots", "the count of " + count.get() + " lots, where the record names "
          + titles.size() + ": the named lots are written");
    }
    @Nullable String lotId = null;
    if (lot.isPresent()) {
      int at = titles.indexOf(lot.get());
      if (at >= 0) {
        lotId = Integer.toString(at + 1);
      } else if (lots.isEmpty() || (lots.size() == 1 && titles.isEmpty())) {
        lots.removeAll();
        lots.addObject().put("id", "1").put("title", lot.get());
        lotId = "1";
      } else {
        leftOut("ocds.lot", "lot", "the award's lot \"" + lot.get() + "\" is not one of the lots named, so the"
            + " award is not related to a lot");
      }
    }
    if (!award.evaluationCriteria().isEmpty()) {
      if (lots.isEmpty()) {
        // the lots extension: a process not divided into lots has one virtual lot, which carries its criteria
        lots.addObject().put("id", "1");
        lotId = "1";
      }
      if (lotId != null) {
        awardCriteria((ObjectNode) lots.get(Integer.parseInt(lotId) - 1));
      } else {
        leftOut("ocds.award-criteria", "evaluationCriteria", "the evaluation criteria are for one of several"
            + " lots, and the record does not say which: they are not written");
      }
    }
    if (!lots.isEmpty()) {
      tender.set("lots", lots);
    }
    this.lotId = phase == Phase.PLANNING ? null : lotId;
  }

  private void awardCriteria(ObjectNode lot) {
    ArrayNode criteria = JSON.arrayNode();
    List<EvaluationCriterion> all = award.evaluationCriteria();
    for (int i = 0; i < all.size(); i++) {
      EvaluationCriterion criterion = all.get(i);
      ObjectNode node = JSON.objectNode();
      String name = criterion.name();
      String lower = Ascii.toLowerCase(name.strip());
      if (lower.equals("price") || lower.equals("cost") || lower.equals("quality")) {
        node.put("type", lower);
      }
      if (!name.isEmpty()) {
        node.put("name", name);
      }
      Optional<BigDecimal> weight = number(criterion.weightPercent(), "evaluationCriteria[" + i + "].weightPercent");
      weight.ifPresent(w -> node.putArray("numbers").addObject().put("number", w).put("weight", "percentageExact"));
      if (node.isEmpty()) {
        continue;
      }
      if (criteria.valueStream().anyMatch(node::equals)) {
        leftOut("ocds.award-criteria", "evaluationCriteria[" + i + "]", "the criterion " + name + " at "
            + criterion.weightPercent() + "% is given twice; OCDS lists it once");
        continue;
      }
      criteria.add(node);
    }
    if (!criteria.isEmpty()) {
      lot.putObject("awardCriteria").set("criteria", criteria);
    }
  }

  // --- the planning stage ---

  /**
   * At approval to procure or market test the award is planned: its values give the tender's
   * estimated value where no estimate is given apart, and its term the planned contract period.
   */
  private void plannedAward(ObjectNode tender) {
    if (!tender.has("value")) {
      chooseValue("values").ifPresent(v -> tender.set("value", v));
    } else {
      for (int i = 0; i < award.values().size(); i++) {
        leftOut("ocds.value", "values[" + i + "]", describe(award.values().get(i)) + ": the tender's value is the"
            + " estimated value given apart");
      }
    }
    if (award.term().isPresent()) {
      if (!tender.has("contractPeriod")) {
        period(award.term().get(), "term").ifPresent(p -> tender.set("contractPeriod", p));
        renewal(tender, award.term().get());
      } else {
        leftOut("ocds.term", "term", "the term: the tender's contract period is the planned term given apart");
      }
    }
    for (int i = 0; i < award.suppliers().size(); i++) {
      notCarried("ocds.supplier-before-award", "suppliers[" + i + "]", "the supplier "
          + award.suppliers().get(i).displayName() + " named before any award: OCDS names suppliers in awards");
    }
    award.awardDate().ifPresent(d -> notCarried("ocds.award-date", "awardDate", "the award date " + d
        + " of a decision at the planning stage"));
    if (award.supplierWithheld()) {
      supplierWithheld();
    }
  }

  // --- the award ---

  private void award(ObjectNode node, String stableId, Phase phase) {
    node.put("id", stableId);
    if (phase == Phase.AWARD) {
      Optional<LocalDate> date = award.awardDate();
      if (date.isEmpty()) {
        date = found.resolution().decisionDate().or(() -> record instanceof Meeting meeting ? meeting.date()
            : ((DecisionRecord) record).decisionDate());
      }
      date.flatMap(d -> date(d, "awardDate")).ifPresent(d -> node.put("date", d));
      chooseValue("values").ifPresent(v -> node.set("value", v));
    } else {
      award.awardDate().flatMap(d -> date(d, "awardDate")).ifPresent(d -> node.put("date", d));
      for (int i = 0; i < award.values().size(); i++) {
        notCarried("ocds.change-value", "values[" + i + "]", describe(award.values().get(i)) + ": OCDS has no field"
            + " for the value of a change to a contract (an amendment's value is the amended contract's total)");
      }
    }
    ArrayNode suppliers = JSON.arrayNode();
    for (int i = 0; i < award.suppliers().size(); i++) {
      Body supplier = award.suppliers().get(i);
      ObjectNode reference = party(supplier, "supplier", "suppliers[" + i + "]");
      if (award.stage() == ContractStage.AWARD) {
        addRole(Objects.requireNonNull(parties.get(supplier)), "tenderer"); // awarded after a competition: it tendered
      }
      if (!suppliers.valueStream().anyMatch(reference::equals)) {
        suppliers.add(reference);
      }
    }
    if (!suppliers.isEmpty()) {
      node.set("suppliers", suppliers);
    }
    if (award.supplierWithheld()) {
      supplierWithheld();
    }
    if (phase == Phase.AWARD && award.term().isPresent()) {
      period(award.term().get(), "term").ifPresent(p -> node.set("contractPeriod", p));
      renewal(node, award.term().get());
    }
    if (lotId != null) {
      node.putArray("relatedLots").add(lotId);
    }
  }

  private void supplierWithheld() {
    notCarried("ocds.supplier-withheld", "supplierWithheld", "the supplier was decided but withheld from the"
        + " public minutes as exempt information: OCDS cannot say so");
  }

  /** The contract a variation or extension changes, with the change as its amendment. */
  private void contract(ObjectNode contract, String stableId, String date) {
    contract.put("id", stableId);
    contract.put("awardID", stableId);
    contract.put("title", award.subject());
    text(award.description()).ifPresent(d -> contract.put("description", d));
    if (award.term().isPresent()) {
      period(award.term().get(), "term").ifPresent(p -> contract.set("period", p));
      renewal(contract, award.term().get());
    }
    ObjectNode amendment = contract.putArray("amendments").addObject();
    amendment.put("id", "1");
    amendment.put("date", date);
    text(award.extensionReason()).ifPresent(r -> amendment.put("rationale", r));
    amendment.put("description", award.stage() == ContractStage.EXTENSION ? "extension" : "variation");
  }

  // --- values ---

  /**
   * The value OCDS gives one number to (an award's total, a planned tender's estimate): of the
   * award's values, the first that is a total (no basis, one-off or over a period), else the first
   * that is the maximum with every extension; never a yearly, monthly or weekly rate, a share of a
   * year or a lot, or a floor ("at least"). Every value not chosen is noted.
   */
  private Optional<ObjectNode> chooseValue(String field) {
    List<Amount> values = award.values();
    int chosen = -1;
    for (int rank = 0; rank < 2 && chosen < 0; rank++) {
      for (int i = 0; i < values.size(); i++) {
        if (rank(values.get(i)) == rank) {
          chosen = i;
          break;
        }
      }
    }
    Optional<ObjectNode> written = Optional.empty();
    for (int i = 0; i < values.size(); i++) {
      Amount amount = values.get(i);
      String at = field + "[" + i + "]";
      if (i == chosen) {
        written = value(amount.money(), at);
        if (written.isPresent()) {
          List<String> lost = new ArrayList<>();
          if (amount.qualifier() != AmountQualifier.EXACT) {
            lost.add("that it is " + qualifier(amount.qualifier()));
          }
          amount.basis().ifPresent(b -> lost.add("its basis (" + code(b) + ")"));
          amount.financialYear().ifPresent(y -> lost.add("its financial year (" + y + ")"));
          amount.period().ifPresent(p -> lost.add("the dates it covers (" + p + ")"));
          if (!lost.isEmpty()) {
            notCarried("ocds.value-qualified", at, "the value " + amount.money() + " is written, but not "
                + String.join(", ", lost) + ": an OCDS value is an amount and a currency");
          }
        }
      } else {
        leftOut("ocds.value", at, describe(amount) + ": OCDS gives one value, and it is "
            + (chosen >= 0 ? "the total " + values.get(chosen).money() : "a total, which this is not"));
      }
    }
    return written;
  }

  /** 0 for a total as stated, 1 for the maximum with extensions, 2 for what is not a total. */
  private static int rank(Amount amount) {
    if (amount.qualifier() == AmountQualifier.AT_LEAST) {
      return 2;
    }
    if (amount.basis().isEmpty()) {
      return 0;
    }
    AmountBasis basis = amount.basis().get();
    return switch (basis) {
      case ONE_OFF, TOTAL_OVER_PERIOD -> 0;
      case TOTAL_WITH_EXTENSIONS -> 1;
      default -> 2;
    };
  }

  private static String qualifier(AmountQualifier qualifier) {
    return switch (qualifier) {
      case EXACT -> "exact";
      case ESTIMATED -> "estimated";
      case UP_TO -> "a ceiling (up to)";
      case AT_LEAST -> "a floor (at least)";
      case APPROXIMATELY -> "approximate";
    };
  }

  private static String describe(Amount amount) {
    StringBuilder text = new StringBuilder("the value ");
    amount.asWritten().ifPresentOrElse(w -> text.append('"').append(w).append("\" (").append(amount.money()).append(')'),
        () -> text.append(amount.money()));
    if (amount.qualifier() != AmountQualifier.EXACT) {
      text.append(", ").append(qualifier(amount.qualifier()));
    }
    amount.basis().ifPresent(b -> text.append(", ").append(code(b)));
    amount.financialYear().ifPresent(y -> text.append(", in ").append(y));
    return text.toString();
  }

  /** An OCDS value, or none with a note where its currency or size cannot be written. */
  private Optional<ObjectNode> value(Money money, String field) {
    if (!OcdsExportCurrencies.listed(money.currency())) {
      leftOut("ocds.currency", field, "the value " + money + ": OCDS's currency code list has no "
          + money.currency().getCurrencyCode());
      return Optional.empty();
    }
    Optional<BigDecimal> amount = number(money.amount(), field);
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode value = JSON.objectNode();
    value.put("amount", amount.get());
    value.put("currency", money.currency().getCurrencyCode());
    return Optional.of(value);
  }

  /** A number as JSON writes it in plain notation, or none where that would take more than 10,000 digits. */
  private Optional<BigDecimal> number(BigDecimal number, String field) {
    if (Math.abs((long) number.scale()) > 9_999 || (long) number.precision() - number.scale() > 9_999) {
      leftOut("ocds.number-too-long", field, "the number " + number + " is too long to write in plain notation");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  // --- periods and renewals ---

  /** A contract period: start, end, the latest end with every extension, and the initial duration. */
  private Optional<ObjectNode> period(ContractTerm term, String field) {
    ObjectNode period = JSON.objectNode();
    term.start().flatMap(d -> date(d, field + ".start")).ifPresent(d -> period.put("startDate", d));
    term.end().flatMap(d -> date(d, field + ".end")).ifPresent(d -> period.put("endDate", d));
    term.maximumEnd().flatMap(d -> date(d, field + ".maximumEnd")).ifPresent(d -> period.put("maxExtentDate", d));
    term.duration().ifPresent(duration -> duration(duration, period, field + ".duration"));
    return period.isEmpty() ? Optional.empty() : Optional.of(period);
  }

  /**
   * A length of time as OCDS holds one: whole months (years count as twelve) in the UK extension's
   * {@code durationInMonths}, whole days in {@code durationInDays}; a length of months and days
   * together is noted.
   */
  @CanIgnoreReturnValue
  private boolean duration(Period duration, ObjectNode period, String field) {
    if (duration.getDays() == 0) {
      period.put("durationInMonths", duration.toTotalMonths());
      return true;
    }
    if (duration.getYears() == 0 && duration.getMonths() == 0) {
      period.put("durationInDays", duration.getDays());
      return true;
    }
    notCarried("ocds.duration", field, "the length " + duration + " mixes months and days, which OCDS holds"
        + " apart (durationInMonths, durationInDays)");
    return false;
  }

  /**
   * The options to extend a term, as the renewal extension holds them: the buyer may renew, at most
   * as many times as there are options, over their total length; the term's words describe them.
   */
  private void renewal(ObjectNode target, ContractTerm term) {
    List<Period> options = term.extensionOptions();
    Optional<String> words = text(term.asWritten());
    if (options.isEmpty()) {
      words.ifPresent(w -> notCarried("ocds.term-as-written", "term.asWritten", "the term as written, \"" + w
          + "\": OCDS periods have no words"));
      return;
    }
    target.put("hasRenewal", true);
    ObjectNode renewal = target.putObject("renewal");
    words.ifPresent(w -> renewal.put("description", w));
    renewal.put("maximumRenewals", options.size());
    Period total = Period.ZERO;
    boolean same = true;
    try {
      for (Period option : options) {
        total = total.plus(option);
        same &= option.equals(options.get(0));
      }
      ObjectNode over = JSON.objectNode();
      if (duration(total.normalized(), over, "term.extensionOptions")) {
        renewal.set("period", over);
      }
    } catch (ArithmeticException e) {
      notCarried("ocds.extension-options", "term.extensionOptions", "the options' total length is too long to add up");
    }
    if (!same) {
      notCarried("ocds.extension-options", "term.extensionOptions", "the length of each option " + options
          + ": OCDS gives how many renewals there may be and their total length");
    }
  }

  // --- documents ---

  /** The minutes or the record the decision is in, with the minute and part, as documents of the release. */
  private ArrayNode documents(Phase phase) {
    ArrayNode documents = JSON.arrayNode();
    String reference = minuteReference();
    List<Document> sources = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    Optional<String> webAddress = Optional.empty();
    String webField = "";
    String fallbackTitle;
    @Nullable String type = null;
    if (record instanceof Meeting meeting) {
      for (int i = 0; i < meeting.documents().size(); i++) {
        if (meeting.documents().get(i).kind() == DocumentKind.MINUTES) {
          sources.add(meeting.documents().get(i));
          fields.add("documents[" + i + "]");
        }
      }
      webAddress = text(meeting.web());
      webField = "web";
      StringBuilder title = new StringBuilder("Minutes");
      meeting.body().ifPresent(b -> title.append(" of ").append(b.displayName()));
      meeting.date().ifPresent(d -> title.append(", ").append(d));
      fallbackTitle = title.toString();
    } else {
      DecisionRecord decision = (DecisionRecord) record;
      for (int i = 0; i < decision.documents().size(); i++) {
        DocumentKind kind = decision.documents().get(i).kind();
        if (kind == DocumentKind.DECISION_NOTICE || kind == DocumentKind.MINUTES) {
          sources.add(decision.documents().get(i));
          fields.add("documents[" + i + "]");
        }
      }
      webAddress = text(decision.provenance().flatMap(Provenance::address));
      webField = "provenance.address";
      fallbackTitle = text(decision.title()).orElse("Record of the decision");
      if (decision.kind().equals(Optional.of(DecisionRecordKind.CONTRACT_AWARD_NOTICE)) && phase == Phase.AWARD) {
        type = "awardNotice";
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      Document source = sources.get(i);
      ObjectNode document = document(documents, type, text(source.title()).orElse(fallbackTitle), reference);
      uri(source.address(), fields.get(i) + ".address").ifPresent(u -> document.put("url", u));
      source.date().flatMap(OcdsExportRelease::dateTime).ifPresent(d -> document.put("datePublished", d));
      text(source.mediaType()).ifPresent(f -> document.put("format", f));
      text(source.language()).ifPresent(l -> document.put("language", l));
    }
    Optional<String> web = uri(webAddress, webField);
    if (web.isPresent() && documents.valueStream().noneMatch(d -> d.path("url").asString("").equals(web.get()))) {
      document(documents, type, fallbackTitle, reference).put("url", web.get());
    }
    if (documents.isEmpty() && !reference.isEmpty()) {
      document(documents, type, fallbackTitle, reference); // where the decision is, though not where to read it
    }
    return documents;
  }

  @CanIgnoreReturnValue
  private static ObjectNode document(ArrayNode documents, @Nullable String type, String title, String description) {
    ObjectNode document = documents.addObject();
    document.put("id", "minutes-" + documents.size());
    if (type != null) {
      document.put("documentType", type);
    }
    document.put("title", title);
    if (!description.isEmpty()) {
      document.put("description", description);
    }
    return document;
  }

  /**
   * Where in the minutes or the record the decision is: "Minute 81 (Web content management system),
   * part (2)"; a decision record's own number and the minute it was decided at.
   */
  private String minuteReference() {
    List<String> words = new ArrayList<>();
    AgendaItem item = found.item();
    if (item != null) {
      StringBuilder minute = new StringBuilder();
      if (text(item.minuteNumber()).isPresent()) {
        minute.append("Minute ").append(item.minuteNumber().get());
      } else if (text(item.agendaNumber()).isPresent()) {
        minute.append("Item ").append(item.agendaNumber().get());
      }
      text(item.title()).ifPresent(t -> minute.append(minute.length() == 0 ? t : " (" + t + ")"));
      if (minute.length() > 0) {
        words.add(minute.toString());
      }
    }
    if (record instanceof DecisionRecord decision) {
      text(decision.reference()).ifPresent(r -> words.add("Reference " + r));
      decision.decidedAt().or(() -> found.resolution().decidedAt()).map(OcdsExportRelease::minute)
          .filter(m -> !m.isEmpty()).ifPresent(words::add);
    } else {
      found.resolution().decidedAt().map(OcdsExportRelease::minute).filter(m -> !m.isEmpty()).ifPresent(words::add);
    }
    text(found.resolution().number()).ifPresent(n -> words.add("resolution " + n));
    if (!found.partLabels().isEmpty()) {
      words.add("part (" + String.join(")(", found.partLabels()) + ")");
    }
    return String.join(", ", words);
  }

  private static String minute(MinuteReference reference) {
    if (reference.asWritten().isPresent() && !reference.asWritten().get().isEmpty()) {
      return "decided at " + reference.asWritten().get();
    }
    List<String> words = new ArrayList<>();
    reference.minuteNumber().ifPresent(n -> words.add("minute " + n));
    reference.body().ifPresent(b -> words.add(b.displayName()));
    reference.meetingDate().ifPresent(d -> words.add(d.toString()));
    return words.isEmpty() ? "" : "decided at " + String.join(", ", words);
  }

  // --- parties ---

  /**
   * The body as a party of the release with {@code role}, made once however many roles it has;
   * gives the reference to it ({@code id} and {@code name}). Facts OCDS cannot hold of a body the
   * award names (field non-null) are noted once.
   */
  private ObjectNode party(Body body, String role, @Nullable String field) {
    ObjectNode party = parties.get(body);
    if (party == null) {
      party = organization(body, field);
      parties.put(body, party);
    }
    addRole(party, role);
    ObjectNode reference = JSON.objectNode();
    reference.put("id", party.get("id").asString());
    if (party.has("name")) {
      reference.put("name", party.get("name").asString());
    }
    return reference;
  }


  private static void addRole(ObjectNode party, String role) {
    ArrayNode roles = (ArrayNode) party.get("roles");
    if (roles.valueStream().noneMatch(r -> r.asString().equals(role))) {
      roles.add(role);
    }
  }

  private ObjectNode organization(Body body, @Nullable String field) {
    ObjectNode party = JSON.objectNode();
    String id = partyId(body);
    party.put("id", id);
    text(body.name()).ifPresent(n -> party.put("name", n));
    List<Identifier> identifiers = body.identifiers();
    List<ObjectNode> written = new ArrayList<>();
    for (int i = 0; i < identifiers.size(); i++) {
      Identifier identifier = identifiers.get(i);
      ObjectNode node = JSON.objectNode();
      node.put("scheme", identifier.scheme());
      node.put("id", identifier.id());
      uri(identifier.address(), field == null ? "" : field + ".identifiers[" + i + "].address", field != null)
          .ifPresent(u -> node.put("uri", u));
      if (!written.contains(node)) {
        written.add(node);
      }
    }
    if (!written.isEmpty()) {
      party.set("identifier", written.get(0));
      if (written.size() > 1) {
        ArrayNode additional = party.putArray("additionalIdentifiers");
        written.subList(1, written.size()).forEach(additional::add);
      }
    }
    body.address().map(OcdsExportRelease::address).filter(a -> !a.isEmpty()).ifPresent(a -> party.set("address", a));
    if (text(body.email()).isPresent() || text(body.telephone()).isPresent()) {
      ObjectNode contact = party.putObject("contactPoint");
      text(body.email()).ifPresent(e -> contact.put("email", e));
      text(body.telephone()).ifPresent(t -> contact.put("telephone", t));
    }
    party.putArray("roles");
    ObjectNode details = JSON.objectNode();
    if (body.sme().equals(Optional.of(true))) {
      details.put("scale", "sme");
    }
    body.vcse().ifPresent(vcse -> details.put("vcse", vcse));
    if (!details.isEmpty()) {
      party.set("details", details);
    }
    if (field != null) {
      List<String> lost = new ArrayList<>();
      body.kind().ifPresent(k -> lost.add("its kind (" + code(k) + ")"));
      text(body.abbreviation()).ifPresent(a -> lost.add("its abbreviation (" + a + ")"));
      text(body.location()).ifPresent(l -> lost.add("where it is based, as written (" + l + ")"));
      if (body.sme().equals(Optional.of(false))) {
        lost.add("that it is not an SME (OCDS's scales have no code for \"not an SME\")");
      }
      if (text(body.id()).isPresent() && !id.equals(body.id().get())) {
        lost.add("its id (" + body.id().get() + ")");
      }
      if (!lost.isEmpty()) {
        notCarried("ocds.organization", field, "of " + body.displayName() + ", " + String.join(", ", lost)
            + ": OCDS organizations have no place for them");
      }
    }
    return party;
  }

  /**
   * The party's id: its first register identifier as OCDS recommends ({@code GB-COH-01234567}); else
   * the body's own id; else its place among the parties; made unique within the release.
   */
  private String partyId(Body body) {
    String id;
    if (!body.identifiers().isEmpty()) {
      Identifier first = body.identifiers().get(0);
      id = first.scheme() + "-" + first.id();
    } else if (text(body.id()).isPresent()) {
      id = body.id().get();
    } else {
      id = "party-" + (parties.size() + 1);
    }
    String unique = id;
    for (int n = 2; !partyIds.add(unique); n++) {
      unique = id + "-" + n;
    }
    return unique;
  }

  private static ObjectNode address(Address address) {
    ObjectNode node = JSON.objectNode();
    text(address.streetAddress()).ifPresent(v -> node.put("streetAddress", v));
    text(address.locality()).ifPresent(v -> node.put("locality", v));
    text(address.region()).ifPresent(v -> node.put("region", v));
    text(address.postalCode()).ifPresent(v -> node.put("postalCode", v));
    text(address.countryName()).ifPresent(v -> node.put("countryName", v));
    return node;
  }

  // --- related processes ---

  /** The framework the award calls off from, as the process it follows on from. */
  private void relatedProcesses(ObjectNode release) {
    if (award.framework().isEmpty() || award.framework().get().name().isEmpty()) {
      return;
    }
    Framework framework = award.framework().get();
    ObjectNode related = release.putArray("relatedProcesses").addObject();
    related.put("id", "1");
    if (framework.kind().isPresent() && framework.kind().get() != FrameworkKind.APPROVED_LIST) {
      related.putArray("relationship").add("framework");
    }
    related.put("title", framework.name());
  }

  // --- what OCDS cannot hold ---

  private void notCarried() {
    award.tendersInvited().ifPresent(n -> notCarried("ocds.tenders-invited", "tendersInvited", n
        + " suppliers invited to tender: OCDS counts tenderers, not those invited"));
    award.inHouseBid().ifPresent(b -> notCarried("ocds.in-house-bid", "inHouseBid", (b ? "an" : "no")
        + " in-house bid was made: OCDS cannot say so"));
    award.standingOrdersWaived().ifPresent(w -> notCarried("ocds.standing-orders-waived", "standingOrdersWaived",
        "contract standing orders were " + (w ? "" : "not ") + "waived: OCDS cannot say so"));
    List<LegalBasis> legalBasis = award.legalBasis();
    for (int i = 0; i < legalBasis.size(); i++) {
      notCarried("ocds.legal-basis", "legalBasis[" + i + "]", "the legal basis \"" + legalBasis.get(i).citation()
          + "\": OCDS 1.1 has no place for it");
    }
    if (phase(award.stage()) != Phase.AMENDMENT) {
      text(award.extensionReason()).ifPresent(r -> notCarried("ocds.extension-reason", "extensionReason",
          "the reason \"" + r + "\", given for a decision that is not a variation or extension"));
    }
    List<Condition> conditions = award.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      notCarried("ocds.condition", "conditions[" + i + "]", "the condition \"" + conditions.get(i).text()
          + "\": OCDS has no conditions on a decision");
    }
    award.existingContract().ifPresent(existing -> {
      List<String> facts = new ArrayList<>();
      existing.description().ifPresent(d -> facts.add("\"" + d + "\""));
      existing.supplier().ifPresent(s -> facts.add("with " + s.displayName()));
      existing.heldBy().ifPresent(h -> facts.add("held by " + h.displayName()));
      existing.framework().ifPresent(f -> facts.add("let under " + f.name()));
      existing.expires().ifPresent(e -> facts.add("expiring " + e));
      notCarried("ocds.existing-contract", "existingContract", "the contract in place" + (facts.isEmpty() ? ""
          : " (" + String.join(", ", facts) + ")") + ": its process has no ocid to relate this one to");
    });
  }

  // --- notes and small helpers ---

  private void notCarried(String code, String field, String message) {
    notes.add(new ConversionNote(Kind.NOT_CARRIED, code, at(field), message));
  }

  private void leftOut(String code, String field, String message) {
    notes.add(new ConversionNote(Kind.LEFT_OUT, code, at(field), message));
  }

  private String at(String field) {
    if (field.isEmpty()) {
      return path;
    }
    if (field.equals("web") || field.equals("provenance.address") || field.startsWith("documents[")) {
      return field; // the record's own fields
    }
    return path + "." + field;
  }

  /** A web address as OCDS's uri format takes it, or none with a note where it is not one. */
  private Optional<String> uri(Optional<String> address, String field) {
    return uri(address, field, true);
  }

  private Optional<String> uri(Optional<String> address, String field, boolean note) {
    if (address.isEmpty() || address.get().isEmpty()) {
      return Optional.empty();
    }
    if (OcdsExporter.isUri(address.get())) {
      return address;
    }
    if (note) {
      leftOut("ocds.uri", field, "\"" + address.get() + "\" is not an absolute URI, as OCDS requires");
    }
    return Optional.empty();
  }

  /** The text where there is some: OCDS's identifiers and many of its texts may not be empty. */
  private static Optional<String> text(Optional<String> text) {
    return text.filter(t -> !t.isEmpty());
  }
}
