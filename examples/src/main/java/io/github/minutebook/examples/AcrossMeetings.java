package io.github.minutebook.examples;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.ResponseStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Answers three questions across many meetings: how much funding was approved, by funding source
 * and financial year; which contract decisions went to which supplier; and which recommendations
 * are still waiting for a response.
 *
 * <p>It reads any mix of JSON documents and NDJSON files (one document a line, {@code .ndjson} or
 * {@code .jsonl}). Run it from the project's root after {@code mvn -q -DskipTests package}:
 *
 * <pre>
 * java -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.AcrossMeetings \
 *     examples/data/meetings.ndjson
 * </pre>
 *
 * <p>With no argument it reads the five {@code examples/data/*.json} files, which hold the same
 * five meetings as {@code meetings.ndjson}, so both commands print the same answers.
 *
 * <p>Two things to get right when adding up council money, both shown here:
 *
 * <ul>
 *   <li>Sums are kept apart by currency. {@link Money#plus} refuses to add pounds to euros, and
 *       this program never converts: a total is per currency, with no exchange rate assumed.
 *   <li>Decisions nest. Money and contracts can sit in a sub-part ("(a)" within "(1)") of a
 *       resolution at any depth, so the walk goes through {@link ResolutionPart#parts()} too.
 * </ul>
 */
public final class AcrossMeetings {
  private static final String NO_SOURCE = "(source not stated)";

  private AcrossMeetings() {}

  /** Reads the files named by the arguments, or the five {@code examples/data/*.json} files, and answers. */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    if (args.length == 0) {
      try (Stream<Path> data = Files.list(Path.of("examples/data"))) {
        data.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    } else {
      Stream.of(args).map(Path::of).forEach(files::add);
    }
    report(read(files), System.out);
  }

  /**
   * Reads every meeting in {@code files}: each {@code .ndjson} or {@code .jsonl} file as many
   * documents, one a line, and any other file as one JSON document. A document that cannot be
   * read stops the program with its {@link io.github.minutebook.json.MinutebookJsonException};
   * see {@link StreamNdjson} for carrying on past bad records.
   */
  public static List<Meeting> read(List<Path> files) {
    MinutebookJson json = MinutebookJson.standard();
    List<Meeting> meetings = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        String name = file.getFileName().toString();
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
          // readNdjson is lazy and strict; close the stream (here with the input) when done.
          try (Stream<Meeting> lines = json.readNdjson(in)) {
            lines.forEach(meetings::add);
          }
        } else {
          meetings.add(json.decode(in));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return meetings;
  }

  /** Prints the answers to the three questions for {@code meetings} to {@code out}. */
  public static void report(List<Meeting> meetings, PrintStream out) {
    out.println(ReadAndValidate.count(meetings.size(), "meeting"));
    fundingBySourceAndYear(meetings, out);
    contractsBySupplier(meetings, out);
    recommendationsAwaitingResponse(meetings, out);
  }

  // --- walking the model ------------------------------------------------------------------

  /**
   * Something found in a resolution part, with where it was found; {@code labels} are the labels
   * of the part and the parts around it, outermost first: "(1)(a)".
   */
  record Found<T>(Meeting meeting, AgendaItem item, String labels, T value) {
    /** "London Borough of Bromley, Executive, 2016-09-14, minute 81(2)". */
    String where() {
      return describe(meeting) + ", " + item.minuteNumber().map(n -> "minute " + n).orElse(item.title().orElse("(untitled item)")) + labels;
    }
  }

  /** Every resolution part of every resolution of every meeting, sub-parts included, in document order. */
  static Stream<Found<ResolutionPart>> parts(List<Meeting> meetings) {
    return meetings.stream().flatMap(meeting -> meeting.agendaItems().stream()
        .flatMap(item -> item.resolutions().stream()
            .flatMap(resolution -> withSubParts(meeting, item, "", resolution.parts()))));
  }

  /** The parts and, after each, its sub-parts at every depth: the model nests them without limit. */
  static Stream<Found<ResolutionPart>> withSubParts(Meeting meeting, AgendaItem item, String above,
      List<ResolutionPart> parts) {
    return parts.stream().flatMap(part -> {
      String labels = above + part.label().map(l -> "(" + l + ")").orElse("");
      return Stream.concat(Stream.of(new Found<>(meeting, item, labels, part)),
          withSubParts(meeting, item, labels, part.parts()));
    });
  }

  /** "London Borough of Bromley, Executive, 2016-09-14", from what the meeting records. */
  static String describe(Meeting meeting) {
    String text = Stream.of(
            meeting.authority().map(Body::displayName),
            meeting.body().map(Body::displayName),
            meeting.title(),
            meeting.date().map(LocalDate::toString))
        .flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
    return text.isEmpty() ? "(meeting not identified)" : text;
  }

  // --- 1. funding approved, by source and financial year ----------------------------------

  /** A row of the funding table: a source (or a status), a year (or what is known instead), and a currency. */
  record FundingKey(String source, String when, String currency) {}

  /** A running total for one row: never mixes currencies, because the key holds the currency. */
  static final class Total {
    private @Nullable Money sum; // null until the first allocation is added
    private int allocations;
    private final Map<AmountQualifier, Integer> qualifiers = new EnumMap<>(AmountQualifier.class);

    void add(Money money, AmountQualifier qualifier) {
      sum = sum == null ? money : sum.plus(money); // same currency: guaranteed by the key
      allocations++;
      if (qualifier != AmountQualifier.EXACT) {
        qualifiers.merge(qualifier, 1, Integer::sum);
      }
    }

    /** "1071000.00  (1 allocation, 1 of them UP_TO)": the sum is only as exact as its parts. */
    @Override
    public String toString() {
      String amount = sum == null ? "" : sum.amount().toPlainString();
      StringBuilder text = new StringBuilder(String.format("%14s  (%s", amount,
          ReadAndValidate.count(allocations, "allocation")));
      qualifiers.forEach((qualifier, n) -> text.append(", ").append(n).append(" of them ").append(qualifier));
      return text.append(')').toString();
    }
  }

  /**
   * Prints the funding approved (status APPROVED), by funding source kind, financial year and
   * currency, and what was not counted because it is not yet approved.
   *
   * <p>Headline amounts are counted as the minutes state them, gross: recharges to others are not
   * netted off. An allocation whose sources each state their own amount is split between them,
   * with anything left over counted as "source not stated"; an allocation with several sources
   * and no split is counted once, under all of them together (see {@link #bySource}).
   * Amounts with no financial year are kept apart by basis, because a sum per annum and a one-off
   * sum are not the same kind of money.
   */
  static void fundingBySourceAndYear(List<Meeting> meetings, PrintStream out) {
    Map<FundingKey, Total> approved = new TreeMap<>(Comparator.comparing(FundingKey::source)
        .thenComparing(FundingKey::when).thenComparing(FundingKey::currency));
    Map<FundingKey, Total> notApproved = new TreeMap<>(Comparator.comparing(FundingKey::source)
        .thenComparing(FundingKey::currency));

    parts(meetings).flatMap(p -> p.value().fundingAllocations().stream()).forEach(allocation -> {
      if (allocation.amount().isEmpty()) {
        return; // a funding decision that states no sum adds nothing to a total
      }
      Amount amount = allocation.amount().get();
      if (!allocation.status().equals(Optional.of(FundingStatus.APPROVED))) {
        // Recommended to Council, set aside, subject to further approval, or not stated: not known to be approved.
        notApproved.computeIfAbsent(new FundingKey(allocation.status().map(Enum::name).orElse("STATUS NOT STATED"), "",
                amount.money().currency().getCurrencyCode()), k -> new Total())
            .add(amount.money(), amount.qualifier());
        return;
      }
      String when = when(amount);
      bySource(allocation).forEach((source, money) -> approved
          .computeIfAbsent(new FundingKey(source, when, money.currency().getCurrencyCode()), k -> new Total())
          .add(money, amount.qualifier()));
    });

    out.printf("%nFunding approved, by source and financial year (sums per currency, never converted)%n");
    approved.forEach((key, total) ->
        out.printf("  %-22s %-21s %s %s%n", key.source(), key.when(), key.currency(), total));
    out.printf("Not counted: not (yet) approved%n");
    notApproved.forEach((key, total) ->
        out.printf("  %-44s %s %s%n", key.source(), key.currency(), total));
  }

  /**
   * How much of an allocation each source provides, by the source's name in the table. The
   * allocation is split only where every source states its share in the allocation's currency;
   * otherwise it is counted once, under all its sources together, rather than split by guesswork.
   */
  static Map<String, Money> bySource(FundingAllocation allocation) {
    Money whole = allocation.amount().orElseThrow().money();
    List<FundingSource> sources = allocation.fundingSources();
    Map<String, Money> shares = new TreeMap<>();
    if (sources.isEmpty()) {
      shares.put(NO_SOURCE, whole);
    } else if (sources.stream().allMatch(s -> s.amount().filter(a -> a.money().isSameCurrency(whole)).isPresent())) {
      Money remainder = whole;
      for (FundingSource source : sources) {
        Money share = source.amount().orElseThrow().money();
        shares.merge(source.kind().name(), share, Money::plus); // one currency: checked above
        remainder = remainder.minus(share);
      }
      if (remainder.amount().signum() > 0) {
        shares.merge(NO_SOURCE, remainder, Money::plus);
      }
    } else {
      String together = sources.stream().map(s -> s.kind().name()).distinct().sorted()
          .collect(Collectors.joining(" + "));
      shares.put(together, whole);
    }
    return shares;
  }

  /** The financial year's label, or, without one, what the amount's basis says about when. */
  static String when(Amount amount) {
    if (amount.financialYear().isPresent()) {
      return amount.financialYear().get().toString(); // "2016/17"; other year starts say so
    }
    AmountBasis basis = amount.basis().orElse(null);
    if (basis == AmountBasis.PER_ANNUM || basis == AmountBasis.PER_MONTH || basis == AmountBasis.PER_WEEK) {
      return "no year, " + basis.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return "no year stated";
  }

  // --- 2. contract decisions, by supplier ----------------------------------------------------

  /**
   * Prints every contract decision under each supplier it names, then those whose supplier is
   * withheld as exempt information, then those with no supplier yet (approvals to procure, market
   * tests).
   */
  static void contractsBySupplier(List<Meeting> meetings, PrintStream out) {
    Map<String, List<Found<ContractAward>>> bySupplier = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<Found<ContractAward>> withheld = new ArrayList<>();
    List<Found<ContractAward>> noSupplier = new ArrayList<>();

    parts(meetings).forEach(p -> p.value().contractAwards().forEach(award -> {
      Found<ContractAward> found = new Found<>(p.meeting(), p.item(), p.labels(), award);
      if (award.supplierWithheld()) {
        withheld.add(found);
      } else if (award.suppliers().isEmpty()) {
        noSupplier.add(found);
      } else {
        award.suppliers().forEach(s -> bySupplier.computeIfAbsent(s.displayName(), k -> new ArrayList<>()).add(found));
      }
    }));

    out.printf("%nContract decisions, by supplier%n");
    bySupplier.forEach((supplier, awards) -> printAwards(supplier, awards, out));
    printAwards("(supplier withheld: exempt information)", withheld, out);
    printAwards("(no supplier named)", noSupplier, out);
  }

  private static void printAwards(String heading, List<Found<ContractAward>> awards, PrintStream out) {
    if (awards.isEmpty()) {
      return;
    }
    out.printf("  %s%n", heading);
    for (Found<ContractAward> found : awards) {
      ContractAward award = found.value();
      String value = award.values().stream()
          .map(v -> ", " + (v.qualifier() == AmountQualifier.EXACT ? "" : v.qualifier().name().toLowerCase(Locale.ROOT)
              .replace('_', ' ') + " ") + v.money())
          .collect(java.util.stream.Collectors.joining());
      out.printf("    %s: %s, %s%s%n", found.where(), award.stage(), award.subject(), value);
    }
  }

  // --- 3. recommendations still awaiting a response ----------------------------------------

  /**
   * Prints each recommendation that is still waiting for a response: one with no response
   * recorded, a draft response, or a response whose status is not stated or is still under
   * consideration.
   */
  static void recommendationsAwaitingResponse(List<Meeting> meetings, PrintStream out) {
    out.printf("%nRecommendations awaiting a response%n");
    int count = 0;
    for (Meeting meeting : meetings) {
      for (AgendaItem item : meeting.agendaItems()) {
        boolean first = true;
        for (Recommendation recommendation : item.recommendations()) {
          Optional<String> waiting = awaiting(recommendation.response());
          if (waiting.isEmpty()) {
            continue;
          }
          count++;
          if (first) {
            out.printf("  %s: %s%n", describe(meeting), item.minuteNumber().map(n -> "minute " + n)
                .orElse(item.title().orElse("(untitled item)")));
            first = false;
          }
          out.printf("    recommendation %s: %s%s%n", recommendation.number().orElse("(unnumbered)"), waiting.get(),
              latestProgress(recommendation.progressUpdates()));
          recommendation.text().or(recommendation::subject)
              .ifPresent(words -> out.printf("      \"%s\"%n", shorten(words, 90)));
        }
      }
    }
    out.printf("%d awaiting%n", count);
  }

  /** Why a recommendation with this response is still waiting, or empty if it has been answered. */
  static Optional<String> awaiting(Optional<RecommendationResponse> response) {
    if (response.isEmpty()) {
      return Optional.of("no response recorded");
    }
    RecommendationResponse r = response.get();
    if (r.draft()) {
      return Optional.of("draft response only");
    }
    if (r.status().isEmpty()) {
      return Optional.of("response without a decision");
    }
    return r.status().get() == ResponseStatus.UNDER_CONSIDERATION
        ? Optional.of("under consideration") : Optional.empty();
  }

  private static String latestProgress(List<ProgressUpdate> updates) {
    if (updates.isEmpty()) {
      return "";
    }
    // Updates are oldest first; the latest one that states a status is the current position.
    Optional<String> status = updates.stream().flatMap(u -> u.status().stream()).reduce((a, b) -> b).map(Enum::name);
    return "; " + updates.size() + (updates.size() == 1 ? " progress update" : " progress updates")
        + status.map(s -> ", latest status " + s).orElse("");
  }

  private static String shorten(String text, int length) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 3).stripTrailing() + "...";
  }
}
