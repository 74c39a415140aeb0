package io.github.minutebook.examples;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.Rule;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A council's own validation rules on top of Minutebook's thorough profile: two house rules written
 * as lambdas, one rule dropped and another made stricter, run on the minutes of Bromley's
 * Executive of 14 September 2016 and on a copy of them, changed with {@code with*} methods, that
 * breaks two of the rules.
 *
 * <p>The validator is built once and can be shared: {@link #BROMLEY} below is what a pipeline
 * would keep in a static field.
 *
 * <p>Run it from the project's root after {@code mvn -q -DskipTests package}:
 *
 * <pre>
 * java -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.HouseRule \
 *     examples/data/bromley-executive-2016-09-14.json
 * </pre>
 *
 * <p>With no argument it reads {@code examples/data/bromley-executive-2016-09-14.json}. The
 * changed copy expects that meeting's minute 81 (the website upgrade).
 */
public final class HouseRule {
  /** The council's threshold for key decisions on contracts. */
  private static final Money KEY_DECISION_THRESHOLD = Money.of("500000", "GBP");

  /** The council's threshold above which an allocation must say when the money is spent. */
  private static final Money DATED_ALLOCATION_THRESHOLD = Money.of("100000", "GBP");

  /**
   * House rule 1: "contract awards over £500,000 must be key decisions". A rule targets one type
   * of the model (here every {@link ContractAward}, however deep in the meeting) and reports
   * through the context, at a path relative to the value it checks.
   */
  public static final Rule<ContractAward> LARGE_AWARDS_ARE_KEY_DECISIONS = Rule.of(ContractAward.class,
      "bromley.large-award-not-key", Severity.ERROR,
      "Contract awards over £500,000 must be key decisions.",
      (award, context) -> {
        // A threshold in pounds says nothing about an award in euros, so the rule leaves other
        // currencies alone: isSameCurrency asks first. isGreaterThan alone would throw for a euro
        // award (and the validator would report this rule as failed); compareTo would not throw,
        // but it orders by currency code first, so it is for sorting, never for thresholds.
        // The award sits in a resolution part, which sits in a resolution: nearest() finds the
        // closest enclosing value of a type. keyDecision() is empty where the minutes do not say,
        // which for this council counts as "not a key decision".
        boolean key = context.nearest(Resolution.class).flatMap(Resolution::keyDecision).orElse(false);
        // An award may state several values (per year, in total); each is checked.
        for (int i = 0; i < award.values().size(); i++) {
          Money value = award.values().get(i).money();
          if (value.isSameCurrency(KEY_DECISION_THRESHOLD) && value.isGreaterThan(KEY_DECISION_THRESHOLD) && !key) {
            // The template is constant; values go in as parameters, never spliced into the text.
            context.report("values[" + i + "]", "An award of {value} is not marked as a key decision", "value", value);
          }
        }
      });

  /**
   * House rule 2: "allocations of £100,000 or more say when the money is spent", as a financial
   * year, a period or a basis such as one-off or per annum. A warning: the minutes may simply not
   * say, and budget monitoring then has to ask.
   */
  public static final Rule<FundingAllocation> LARGE_ALLOCATIONS_SAY_WHEN = Rule.of(FundingAllocation.class,
      "bromley.large-allocation-undated", Severity.WARNING,
      "Allocations of £100,000 or more state a financial year, a period or a basis.",
      (allocation, context) -> {
        if (allocation.amount().isEmpty()) {
          return; // no sum stated: nothing to date
        }
        Amount amount = allocation.amount().get();
        Money value = amount.money();
        // "£100,000 or more" is "not less than"; sums in other currencies are not this rule's
        boolean large = value.isSameCurrency(DATED_ALLOCATION_THRESHOLD)
            && !value.isLessThan(DATED_ALLOCATION_THRESHOLD);
        boolean dated = amount.financialYear().isPresent() || amount.period().isPresent()
            || amount.basis().isPresent();
        if (large && !dated) {
          context.report("amount", "{value} for {purpose} does not say when it is spent",
              "value", value, "purpose", allocation.purpose().orElse("an unnamed purpose"));
        }
      });

  /**
   * The council's validator: the thorough profile (the default rules and three that report what a
   * record leaves out), the two house rules, one rule dropped and one made an error. {@code
   * removeRule} and {@code severity} throw for a code the builder does not
   * have, so a mistyped code fails here, at start-up, rather than silently doing nothing.
   */
  public static final MeetingValidator BROMLEY = MeetingValidator.builder()
      .addDefaultRules()
      // We check that our records are complete before we publish them: the thorough profile.
      .addThoroughRules()
      .addRule(LARGE_AWARDS_ARE_KEY_DECISIONS)
      .addRule(LARGE_ALLOCATIONS_SAY_WHEN)
      // But our committee system gives links relative to our own site ("documents/s7942/report.pdf"),
      // and our publishing step resolves them: the thorough profile's warning about them is noise for us.
      .removeRule("reference.malformed-address")
      // Every capital scheme must name its funding (capital receipts, borrowing, grant...):
      // a warning by default, an error for us.
      .severity("funding.capital-without-source", Severity.ERROR)
      .build();

  private HouseRule() {}

  /** Reads the meeting named by the first argument, or the Bromley Executive, and runs {@link #run}. */
  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : ReadAndValidate.DEFAULT_FILE;
    run(read(file), System.out);
  }

  /**
   * Validates {@code meeting} with {@link #BROMLEY}, then validates a copy of it with minute 81
   * changed to break two rules, printing both reports to {@code out}.
   */
  public static void run(Meeting meeting, PrintStream out) {
    out.printf("House validator: %d rules (%d of the thorough profile, 1 dropped, 2 house rules)%n%n",
        BROMLEY.rules().size(), MeetingValidator.thorough().rules().size());

    ValidationReport asMinuted = BROMLEY.validate(meeting);
    ReadAndValidate.print("As minuted", asMinuted, out);

    out.println();
    ValidationReport changed = BROMLEY.validate(breakMinute81(meeting));
    ReadAndValidate.print("Minute 81 changed", changed, out);
  }

  /**
   * A copy of the meeting in which minute 81 breaks two rules: the Jadu contract (part 2) is
   * worth £750,000 without being a key decision, and the £176K capital allocation (part 1) no
   * longer says it is funded from capital receipts. The original is unchanged: every value is
   * immutable, and each {@code with*} call returns a changed copy.
   *
   * @throws IllegalArgumentException if the meeting has no minute 81
   */
  public static Meeting breakMinute81(Meeting meeting) {
    // Values are immutable, so changing something deep inside the meeting means rebuilding each
    // level above it: the allocation, its part, the resolution, the item, the meeting.
    UnaryOperator<ResolutionPart> dropFundingSource = part -> part.withFundingAllocations(
        replace(part.fundingAllocations(), 0, allocation -> allocation.withFundingSources()));
    UnaryOperator<ResolutionPart> raiseContractValue = part -> part.withContractAwards(
        replace(part.contractAwards(), 0, award -> award.withValues(award.values().get(0)
            .withMoney(Money.of("750000", "GBP"))
            .withAsWritten("£750k"))));

    int item = indexOfMinute(meeting, "81");
    return meeting.withAgendaItems(replace(meeting.agendaItems(), item,
        website -> website.withResolutions(replace(website.resolutions(), 0,
            resolution -> resolution.withParts(
                replace(replace(resolution.parts(), 0, dropFundingSource), 1, raiseContractValue))))));
  }

  /** A copy of {@code list} with the element at {@code index} replaced by {@code change} applied to it. */
  static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(list.get(index)));
    return copy;
  }

  /** Where the item minuted as {@code minuteNumber} is in the meeting's agenda items. */
  static int indexOfMinute(Meeting meeting, String minuteNumber) {
    List<AgendaItem> items = meeting.agendaItems();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).minuteNumber().filter(minuteNumber::equals).isPresent()) {
        return i;
      }
    }
    throw new IllegalArgumentException("the meeting has no minute " + minuteNumber);
  }

  /** Decodes a JSON file, letting a {@link io.github.minutebook.json.MinutebookJsonException} through. */
  static Meeting read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return MinutebookJson.standard().decode(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
