package io.github.minutebook.procurement;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long a contract runs: its initial term (start, end, or a duration) and its options to
 * extend. "A contract period of five years ... with an option to extend for a further two years"
 * is a duration of five years and one extension option of two; "a 1 year +1+1 contract" is a
 * duration of one year and two options of one year each.
 *
 * <pre>{@code
 * ContractTerm fivePlusTwo = ContractTerm.builder()
 *     .duration(Period.ofYears(5))
 *     .addExtensionOption(Period.ofYears(2))
 *     .asWritten("five years with an option to extend for a further two years")
 *     .build();
 * fivePlusTwo.maximumDuration(); // Optional[P7Y]
 * }</pre>
 */
@Value.Immutable
public abstract class ContractTerm implements WithContractTerm {
  ContractTerm() {}

  /** The first day of the contract. */
  public abstract Optional<LocalDate> start();

  /** The last day of the initial term. */
  public abstract Optional<LocalDate> end();

  /** The length of the initial term, where given as a length. */
  public abstract Optional<Period> duration();

  /** Each option to extend, in order: two options of one year for "+1+1". */
  public abstract List<Period> extensionOptions();

  /** The latest possible end with every extension taken, where stated. */
  public abstract Optional<LocalDate> maximumEnd();

  /** The term as the minutes wrote it. */
  public abstract Optional<String> asWritten();

  /**
   * The initial duration plus every extension option, where the duration is known.
   *
   * @throws ArithmeticException if the total does not fit in a {@link Period}
   */
  public Optional<Period> maximumDuration() {
    return duration().map(d -> {
      Period total = d;
      for (Period option : extensionOptions()) {
        total = total.plus(option);
      }
      return total.normalized();
    });
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractTerm}. */
  public static final class Builder extends ImmutableContractTerm.Builder {}
}
