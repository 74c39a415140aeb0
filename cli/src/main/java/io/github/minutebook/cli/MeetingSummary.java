package io.github.minutebook.cli;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.decision.Appointment;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Virement;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.recommendation.Recommendation;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A readable summary of one meeting: who met and when, the items with their outcomes, the
 * decisions (resolution parts with their effects, funding and contracts), funding totals by
 * status, source and financial year, and contract decisions by stage and route and by supplier.
 *
 * <p>Sums are exact ({@link BigDecimal}) and kept per currency: amounts in different currencies
 * are never added, and the summary says when a meeting has more than one. Headline amounts are
 * added as the minutes state them, whatever their basis (one-off, per annum, in one financial
 * year) or qualifier ("up to", "estimated"); full-year effects, components and recharges are not
 * added.
 *
 * <p>The summary's size is linear in the meeting's: what it repeats from the data to say where
 * something is (a minute number, a part's label) is cut to {@value #REFERENCE_WIDTH} characters,
 * minute numbers are padded to at most {@value #NUMBER_WIDTH} characters (a longer one overflows
 * its column), and nested parts are indented at most {@value #MAX_PART_DEPTH} levels deep.
 */
final class MeetingSummary {
  /** Resolution part texts are cut to this many characters. */
  static final int TEXT_WIDTH = 100;

  /** The items' numbers are padded to the longest, but to at most this many characters. */
  static final int NUMBER_WIDTH = 12;

  /** A minute number or label repeated to say where something is, is cut to this many characters. */
  static final int REFERENCE_WIDTH = 40;

  /** Parts nested deeper than this are indented as parts at this depth. */
  static final int MAX_PART_DEPTH = 8;

  private MeetingSummary() {}

  /** The summary of {@code meeting}, as lines. */
  static List<String> lines(Meeting meeting) {
    List<String> lines = new ArrayList<>();
    header(meeting, lines);
    items(meeting, lines);
    decisions(meeting, lines);
    funding(meeting, lines);
    contracts(meeting, lines);
    return lines;
  }

  /**
   * The summary of a decision record: who decided what and when, then its decisions, funding and
   * contract decisions as for a meeting.
   */
  static List<String> lines(io.github.minutebook.meeting.DecisionRecord record) {
    List<String> lines = new ArrayList<>();
    lines.add("Decision record: " + record.title().orElse("(untitled)"));
    lines.add("Authority: " + record.authority().map(Body::displayName).orElse("(not stated)"));
    record.kind().ifPresent(kind -> lines.add("Kind: " + label(kind)));
    record.reference().ifPresent(reference -> lines.add("Reference: " + reference(reference)));
    record.decisionDate().ifPresent(date -> lines.add("Decided: " + date));
    record.publicationDate().ifPresent(date -> lines.add("Published: " + date));
    // the decisions read as those of one item, so that funding and contracts are totalled alike
    Meeting asItem = Meeting.builder().addAgendaItems(io.github.minutebook.agenda.AgendaItem.builder()
        .title(record.title().orElse("(untitled)")).addAllResolutions(record.decisions())
        .addAllRecommendations(record.recommendations()).build()).build();
    decisions(asItem, lines);
    funding(asItem, lines);
    contracts(asItem, lines);
    return lines;
  }

  /** The summary of a meeting or a decision record. */
  static List<String> lines(io.github.minutebook.meeting.CouncilRecord record) {
    return record instanceof io.github.minutebook.meeting.DecisionRecord decision ? lines(decision)
        : lines((Meeting) record);
  }

  /** Writes the summary of {@code meeting} to {@code out}, each line escaped for a terminal. */
  static void write(Meeting meeting, PrintWriter out) {
    lines(meeting).forEach(line -> TerminalText.println(out, line));
  }

  // --- who, when ---

  private static void header(Meeting meeting, List<String> lines) {
    lines.add("Authority: " + meeting.authority().map(Body::displayName).orElse("(not stated)"));
    lines.add("Body: " + meeting.body().map(Body::displayName).orElse("(not stated)"));
    meeting.title().ifPresent(title -> lines.add("Title: " + title));
    lines.add("Date: " + meeting.date().map(Object::toString).orElse("(not stated)"));
    meeting.kind().ifPresent(kind -> lines.add("Kind: " + label(kind)));
    lines.add("Status: " + meeting.status().map(MeetingSummary::label).orElse("(not stated)"));
    if (!meeting.statedNone().isEmpty()) {
      lines.add("Stated as none: " + meeting.statedNone().stream().map(MeetingSummary::label)
          .collect(Collectors.joining(", ")));
    }
  }

  // --- items ---

  private static void items(Meeting meeting, List<String> lines) {
    List<AgendaItem> items = meeting.agendaItems();
    lines.add("");
    lines.add("Items (" + items.size() + "):");
    // padded to the longest number, up to a point: a padding that grew with the longest number
    // would make every line as long as it, and the summary grow with the square of the input
    int width = Math.min(NUMBER_WIDTH, items.stream().mapToInt(item -> number(item).length()).max().orElse(0));
    for (AgendaItem item : items) {
      lines.add("  " + pad(number(item), width) + "  " + title(item)
          + (item.minuteNumber().isPresent() ? item.agendaNumber().map(n -> " (agenda item " + n + ")").orElse("") : "")
          + item.outcome().map(outcome -> " [" + label(outcome) + "]").orElse("")
          + item.result().map(result -> " (\"" + result + "\")").orElse(""));
    }
  }

  /** The minute number, or the agenda number said as such: an agenda number is not a minute number. */
  private static String number(AgendaItem item) {
    return item.minuteNumber().orElseGet(() -> item.agendaNumber().map(n -> "agenda item " + n).orElse("-"));
  }

  private static String title(AgendaItem item) {
    return item.title().orElse("(no title)");
  }

  // --- decisions ---

  private static void decisions(Meeting meeting, List<String> lines) {
    List<String> decided = new ArrayList<>();
    for (AgendaItem item : meeting.agendaItems()) {
      if (item.resolutions().isEmpty()) {
        continue;
      }
      decided.add("  " + capitalised(where(item)) + ": " + title(item));
      for (Resolution resolution : item.resolutions()) {
        resolution(resolution, decided);
      }
    }
    lines.add("");
    lines.add("Decisions" + (decided.isEmpty() ? ": none recorded" : ":"));
    lines.addAll(decided);
    motions(meeting, lines);
    recommendations(meeting, lines);
  }

  /** Where an item is, to head what it holds: said for each motion and contract, so shortened. */
  private static String where(AgendaItem item) {
    return item.minuteNumber().map(n -> "minute " + reference(n))
        .orElseGet(() -> item.agendaNumber().map(n -> "agenda item " + reference(n)).orElse("item without a number"));
  }

  /** A value repeated to say where something is, cut to {@value #REFERENCE_WIDTH} characters. */
  private static String reference(String value) {
    return TerminalText.shorten(value, REFERENCE_WIDTH);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static void resolution(Resolution resolution, List<String> lines) {
    List<String> about = new ArrayList<>();
    resolution.number().ifPresent(n -> about.add("decision " + n));
    resolution.decisionMaker().ifPresent(maker -> about.add("decided by " + maker.displayName()));
    resolution.decisionDate().ifPresent(date -> about.add("on " + date));
    resolution.vote().ifPresent(vote -> about.add(vote(vote)));
    if (!about.isEmpty()) {
      lines.add("    (" + String.join("; ", about) + ")");
    }
    if (resolution.withheld()) {
      lines.add("    (terms withheld from the public minutes)");
    }
    for (ResolutionPart part : resolution.parts()) {
      part(part, 4, lines);
    }
  }

  /** A vote in words: {@code vote: 7 yes, 3 no; carried}, {@code unanimous}. */
  static String vote(Vote vote) {
    List<String> words = new ArrayList<>();
    vote.counts().forEach((option, count) -> words.add(count + " " + label(option)));
    String text = words.isEmpty() ? "" : String.join(", ", words);
    if (vote.unanimous().isPresent()) {
      text += (text.isEmpty() ? "" : ", ") + (vote.unanimous().get() ? "unanimous" : "by a majority");
    }
    if (!vote.namedVotes().isEmpty()) {
      text += (text.isEmpty() ? "" : ", ") + vote.namedVotes().size() + " named";
    }
    return "vote: " + (text.isEmpty() ? "no counts" : text) + vote.result().map(r -> "; " + label(r)).orElse("");
  }

  // --- motions that decided nothing, and recommendations ---

  private static void motions(Meeting meeting, List<String> lines) {
    List<String> motions = new ArrayList<>();
    for (AgendaItem item : meeting.agendaItems()) {
      for (Motion motion : item.motions()) {
        motions.add("  " + capitalised(where(item)) + ": " + motion.kind().map(MeetingSummary::label).orElse("motion")
            + motion.outcome().map(o -> ", " + label(o)).orElse(", outcome not stated")
            + motion.movedBy().map(p -> ", moved by " + p.displayName()).orElse("")
            + motion.vote().map(v -> "; " + vote(v)).orElse("")
            + motion.text().map(t -> ": " + shorten(t)).orElse(""));
      }
    }
    if (!motions.isEmpty()) {
      lines.add("");
      lines.add("Motions that are not decisions (procedural, lost, withdrawn):");
      lines.addAll(motions);
    }
  }

  private static void recommendations(Meeting meeting, List<String> lines) {
    Map<String, Integer> byResponse = new TreeMap<>();
    int count = 0;
    for (AgendaItem item : meeting.agendaItems()) {
      for (Recommendation recommendation : item.recommendations()) {
        count++;
        String response = recommendation.response()
            .map(r -> r.status().map(MeetingSummary::label).orElse("response without a status"))
            .orElse("no response recorded");
        byResponse.merge(response, 1, Integer::sum);
      }
    }
    if (count > 0) {
      lines.add("");
      lines.add("Recommendations (" + count + "): " + byResponse.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    }
  }

  private static void part(ResolutionPart part, int indent, List<String> lines) {
    String margin = " ".repeat(indent);
    String label = part.label().map(l -> l.startsWith("(") ? l : "(" + l + ")").orElse("-");
    lines.add(margin + label + " " + label(part.effect()) + ": " + shorten(part.text()));
    for (FundingAllocation allocation : part.fundingAllocations()) {
      lines.add(margin + "    funding: " + allocation.amount().map(MeetingSummary::describe).orElse("no amount stated")
          + ", " + statusOf(allocation) + ", " + sourcesOf(allocation));
    }
    for (ContractAward award : part.contractAwards()) {
      lines.add(margin + "    contract: " + route(award) + ", " + suppliersOf(award) + values(award));
    }
    for (Appointment appointment : part.appointments()) {
      lines.add(margin + "    appointment: " + appointment.appointee().map(Party::displayName).orElse("(not named)")
          + " as " + appointment.office() + appointment.body().map(b -> ", " + b.displayName()).orElse(""));
    }
    for (Virement virement : part.virements()) {
      lines.add(margin + "    virement: " + describe(virement.amount()) + virement.from().map(f -> " from " + f).orElse("")
          + virement.to().map(t -> " to " + t).orElse(""));
    }
    for (ResolutionPart child : part.parts()) {
      part(child, Math.min(indent + 2, 4 + 2 * MAX_PART_DEPTH), lines);
    }
  }

  private static String sourcesOf(FundingAllocation allocation) {
    if (allocation.fundingSources().isEmpty()) {
      return "source not stated";
    }
    return "from " + allocation.fundingSources().stream()
        .map(source -> label(source.kind()) + source.name().map(name -> " (" + name + ")").orElse(""))
        .collect(Collectors.joining(" and "));
  }

  // --- funding totals ---

  /**
   * A line of the funding totals: how far the money is decided (approved, recommended to
   * another body, subject to further approval...), where it comes from, and for which financial
   * year. Amounts of different standing are never added together.
   */
  private record FundingKey(int statusRank, String status, int sourceRank, String source, int year, String yearLabel) {}

  private static final Comparator<FundingKey> FUNDING_ORDER = Comparator.comparingInt(FundingKey::statusRank)
      .thenComparingInt(FundingKey::sourceRank).thenComparing(FundingKey::source).thenComparingInt(FundingKey::year);

  private static void funding(Meeting meeting, List<String> lines) {
    Map<FundingKey, Totals> totals = new TreeMap<>(FUNDING_ORDER);
    int unstated = 0;
    List<FundingAllocation> allocations = new ArrayList<>();
    forEachPart(meeting, part -> allocations.addAll(part.fundingAllocations()));
    for (FundingAllocation allocation : allocations) {
      List<FundingSource> sources = allocation.fundingSources();
      boolean split = sources.size() > 1 && sources.stream().allMatch(s -> s.amount().isPresent());
      if (split) {
        for (FundingSource source : sources) {
          Amount amount = source.amount().orElseThrow();
          FundingKey key = key(allocation, rank(source.kind()), label(source.kind()),
              amount.financialYear().or(() -> allocation.amount().flatMap(Amount::financialYear)));
          totals.computeIfAbsent(key, k -> new Totals()).add(amount.money());
        }
      } else {
        int rank = sources.isEmpty() ? Integer.MAX_VALUE
            : sources.size() == 1 ? rank(sources.get(0).kind()) : FundingSourceKind.values().length;
        String source = sources.isEmpty() ? "source not stated"
            : sources.stream().map(s -> label(s.kind())).collect(Collectors.joining(" and "));
        if (allocation.amount().isEmpty()) {
          unstated++;
          continue;
        }
        FundingKey key = key(allocation, rank, source, allocation.amount().get().financialYear());
        totals.computeIfAbsent(key, k -> new Totals()).add(allocation.amount().get().money());
      }
    }
    lines.add("");
    if (totals.isEmpty()) {
      lines.add("Funding by status, source and financial year: none" + (unstated > 0
          ? " with an amount (" + unstated + (unstated == 1 ? " allocation states" : " allocations state") + " none)" : ""));
      return;
    }
    if (unstated > 0) {
      lines.add("Funding decisions without an amount: " + unstated);
    }
    lines.add("Funding by status, source and financial year:");
    TreeSet<String> currencies = new TreeSet<>();
    String[] heading = {null};
    totals.forEach((key, total) -> {
      if (!key.status().equals(heading[0])) {
        heading[0] = key.status();
        lines.add("  " + key.status() + ":");
      }
      currencies.addAll(total.currencies());
      lines.add("    " + key.source() + ", " + key.yearLabel() + ": " + total + " (" + total.count
          + (total.count == 1 ? " allocation)" : " allocations)"));
    });
    if (currencies.size() > 1) {
      lines.add("  Note: the amounts are in " + String.join(" and ", currencies)
          + "; they are totalled per currency, never converted.");
    }
  }

  private static FundingKey key(FundingAllocation allocation, int rank, String source, Optional<FinancialYear> year) {
    @SuppressWarnings("EnumOrdinal") // the statuses' declared order is the table's order; never stored
    int statusRank = allocation.status().map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    String status = statusOf(allocation);
    return year.map(y -> new FundingKey(statusRank, status, rank, source, y.firstYear(), y.toString()))
        .orElse(new FundingKey(statusRank, status, rank, source, Integer.MAX_VALUE, "no financial year"));
  }

  /** How far the allocation has gone, or that the record does not say. */
  private static String statusOf(FundingAllocation allocation) {
    return allocation.status().map(MeetingSummary::label).orElse("status not stated");
  }

  @SuppressWarnings("EnumOrdinal") // the kinds' declared order is the table's order; never stored
  private static int rank(FundingSourceKind kind) {
    return kind.ordinal();
  }

  // --- contracts ---

  private static void contracts(Meeting meeting, List<String> lines) {
    Map<String, List<String>> byRoute = new TreeMap<>();
    Map<String, ContractStage> routeOrder = new LinkedHashMap<>();
    Map<String, Totals> bySupplier = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (AgendaItem item : meeting.agendaItems()) {
      for (Resolution resolution : item.resolutions()) {
        for (ResolutionPart top : resolution.parts()) {
          forEachPart(top, part -> {
            for (ContractAward award : part.contractAwards()) {
              String route = route(award);
              routeOrder.putIfAbsent(route, award.stage());
              String where = where(item) + part.label().map(MeetingSummary::reference)
                  .map(l -> l.startsWith("(") ? " " + l : " (" + l + ")").orElse("");
              byRoute.computeIfAbsent(route, r -> new ArrayList<>()).add("    " + where + ": " + suppliersOf(award)
                  + values(award) + "; " + shorten(award.subject()));
              supplierTotals(award, bySupplier);
            }
          });
        }
      }
    }
    lines.add("");
    if (byRoute.isEmpty()) {
      lines.add("Contract decisions: none");
      return;
    }
    lines.add("Contract decisions by stage and route:");
    byRoute.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> routeOrder.get(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .forEach(entry -> {
          int count = entry.getValue().size();
          lines.add("  " + entry.getKey() + ": " + count + (count == 1 ? " decision" : " decisions"));
          lines.addAll(entry.getValue());
        });
    lines.add("Contract decisions by supplier" + (bySupplier.isEmpty() ? ": none" : ":"));
    bySupplier.forEach((supplier, total) -> lines.add("  " + supplier + ": " + total.count
        + (total.count == 1 ? " decision" : " decisions")
        + (total.isEmpty() ? ", no value stated" : ", " + total)
        + (total.shared > 0 ? " (" + total.shared + " shared with other suppliers, not added)" : "")
        + (total.several > 0 ? " (" + total.several + " with several values, not added)" : "")));
  }

  private static void supplierTotals(ContractAward award, Map<String, Totals> bySupplier) {
    if (award.stage() == ContractStage.APPROVAL_TO_PROCURE || award.stage() == ContractStage.MARKET_TEST) {
      return; // no supplier is chosen at these stages
    }
    List<String> names = award.suppliers().stream().map(Body::displayName).collect(Collectors.toList());
    if (names.isEmpty()) {
      names = List.of(award.supplierWithheld() ? "(supplier withheld)" : "(no supplier named)");
    }
    for (String name : names) {
      Totals total = bySupplier.computeIfAbsent(name, n -> new Totals());
      if (names.size() == 1 && award.values().size() == 1) {
        total.add(award.values().get(0).money());
      } else {
        total.count++;
        if (names.size() > 1 && !award.values().isEmpty()) {
          total.shared++;
        }
        if (award.values().size() > 1) {
          total.several++;
        }
      }
    }
  }

  /** The award's values: {@code , GBP 53,000.00} or several, each with its basis. */
  private static String values(ContractAward award) {
    return award.values().isEmpty() ? ""
        : ", " + award.values().stream().map(MeetingSummary::describe).collect(Collectors.joining("; "));
  }

  private static String route(ContractAward award) {
    return label(award.stage()) + award.procurementMethod().map(method -> " (" + label(method) + ")").orElse("");
  }

  private static String suppliersOf(ContractAward award) {
    if (!award.suppliers().isEmpty()) {
      return award.suppliers().stream().map(Body::displayName).collect(Collectors.joining(" and "));
    }
    return award.supplierWithheld() ? "supplier withheld"
        : award.stage() == ContractStage.APPROVAL_TO_PROCURE || award.stage() == ContractStage.MARKET_TEST
            ? "no supplier yet" : "no supplier named";
  }

  // --- walking ---

  private interface PartVisitor {
    void visit(ResolutionPart part);
  }

  private static void forEachPart(Meeting meeting, PartVisitor visitor) {
    for (AgendaItem item : meeting.agendaItems()) {
      for (Resolution resolution : item.resolutions()) {
        for (ResolutionPart part : resolution.parts()) {
          forEachPart(part, visitor);
        }
      }
    }
  }

  private static void forEachPart(ResolutionPart part, PartVisitor visitor) {
    visitor.visit(part);
    for (ResolutionPart child : part.parts()) {
      forEachPart(child, visitor);
    }
  }

  // --- money and words ---

  /** Sums of money per currency, and how many were added. */
  static final class Totals {
    private final Map<Currency, BigDecimal> sums = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    int count;
    int shared;
    int several;

    void add(Money money) {
      sums.merge(money.currency(), money.amount(), BigDecimal::add);
      count++;
    }

    boolean isEmpty() {
      return sums.isEmpty();
    }

    List<String> currencies() {
      return sums.keySet().stream().map(Currency::getCurrencyCode).collect(Collectors.toList());
    }

    /** {@code GBP 312,000.00}, or {@code GBP 1.00 + EUR 2.00 (currencies differ)}. */
    @Override
    public String toString() {
      String text = sums.entrySet().stream().map(e -> money(e.getKey(), e.getValue()))
          .collect(Collectors.joining(" + "));
      return sums.size() > 1 ? text + " (currencies differ, not converted)" : text;
    }
  }

  /** An amount as the summary shows it: {@code up to GBP 1,071,000.00 per annum}. */
  static String describe(Amount amount) {
    StringBuilder text = new StringBuilder();
    switch (amount.qualifier()) {
      case EXACT -> { }
      case ESTIMATED -> text.append("estimated ");
      case UP_TO -> text.append("up to ");
      case AT_LEAST -> text.append("at least ");
      case APPROXIMATELY -> text.append("about ");
    }
    text.append(money(amount.money().currency(), amount.money().amount()));
    amount.basis().ifPresent(basis -> {
      switch (basis) {
        case ONE_OFF -> text.append(" one-off");
        case PER_ANNUM -> text.append(" per annum");
        case PER_MONTH -> text.append(" per month");
        case PER_WEEK -> text.append(" per week");
        case IN_FINANCIAL_YEAR -> { }
        case FULL_YEAR_EFFECT -> text.append(" full year effect");
        case TOTAL_OVER_PERIOD -> text.append(" in total");
        case PRO_RATA -> text.append(" pro rata");
        case TOTAL_WITH_EXTENSIONS -> text.append(" in total with extensions");
        case PER_LOT -> text.append(" per lot");
      }
    });
    amount.financialYear().ifPresent(year -> text.append(" in ").append(year));
    return text.toString();
  }

  /** {@code GBP 1,071,000.00}: the currency code and the exact amount, digits grouped by three. */
  static String money(Currency currency, BigDecimal amount) {
    String plain = amount.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return currency.getCurrencyCode() + " " + (amount.signum() < 0 ? "-" : "") + grouped + fraction;
  }

  /** An enum constant in words: {@code CAPITAL_RECEIPTS} is "capital receipts". */
  static String label(@Nullable Enum<?> value) {
    return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= TEXT_WIDTH ? flat : flat.substring(0, TEXT_WIDTH - 3).trim() + "...";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
