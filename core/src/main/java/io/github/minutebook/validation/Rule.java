package io.github.minutebook.validation;

/**
 * One check applied to every value of a type inside a validated document.
 *
 * <p>A rule is stateless: it looks at the value and at its context (the enclosing values, the
 * meeting) and reports what is wrong through {@link RuleContext#report}. Rules must be
 * thread-safe. A rule that throws does not stop validation: the validator reports it as a {@code
 * validation.rule-failed} error and goes on.
 *
 * <p>A council's house rule, "contract awards over £500,000 must be key decisions":
 *
 * <pre>{@code
 * Rule<ContractAward> largeAwardsAreKey = Rule.of(ContractAward.class,
 *     "bromley.large-award-not-key", Severity.ERROR,
 *     "Contract awards over £500,000 must be key decisions.",
 *     (award, context) -> {
 *       Money threshold = Money.of("500000", "GBP");
 *       // isGreaterThan throws for another currency: a threshold in pounds says nothing about euros
 *       boolean large = award.value().map(Amount::value)
 *           .filter(v -> v.isSameCurrency(threshold))
 *           .map(v -> v.isGreaterThan(threshold)).orElse(false);
 *       boolean key = context.nearest(Resolution.class)
 *           .flatMap(Resolution::keyDecision).orElse(false);
 *       if (large && !key) {
 *         context.report("value", "An award of {value} is not marked as a key decision",
 *             "value", award.value().get().value());
 *       }
 *     });
 * }</pre>
 *
 * @param <T> the type of value the rule checks
 */
public interface Rule<T> {
  /** The stable code the rule reports with: lower case words, a dot between namespace and name. */
  String code();

  /** The severity the rule reports with unless the validator overrides it. */
  Severity severity();

  /** A sentence saying what the rule requires. */
  String description();

  /** The type of value the rule checks. */
  Class<T> target();

  /** Checks one value, reporting problems through {@code context}. */
  void check(T value, RuleContext context);

  /**
   * The check a rule makes.
   *
   * @param <T> the type of value checked
   */
  @FunctionalInterface
  interface Check<T> {
    /** Checks {@code value}, reporting through {@code context}. */
    void check(T value, RuleContext context);
  }

  /**
   * A rule from its parts.
   *
   * @throws IllegalArgumentException if the code is not lower-case words with at least one dot
   */
  static <T> Rule<T> of(Class<T> target, String code, Severity severity, String description, Check<? super T> check) {
    return new SimpleRule<>(target, code, severity, description, check);
  }
}
