package io.github.minutebook.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates meetings and decision records, and every value inside them, against a set of rules.
 *
 * <p>{@link #defaults()} has the default rules documented in {@code docs/validation-rules.md}, which
 * are precise on real minutes; {@link #thorough()} adds the opt-in rules of the thorough profile. A council
 * adds its house rules, drops default rules or changes their severity:
 *
 * <pre>{@code
 * MeetingValidator validator = MeetingValidator.builder()
 *     .addDefaultRules()
 *     .addRule(largeAwardsAreKey)                     // a Rule<ContractAward>
 *     .removeRule("funding.capital-without-source")
 *     .severity("contract.direct-award-without-rationale", Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(meeting);
 * }</pre>
 *
 * <p>Validation is total: it never throws, whatever the value holds; a rule that throws is
 * reported as {@code validation.rule-failed}. It reports every violation, in document order
 * (each value before the values inside it, fields in the order of the type's accessors). A
 * validator is immutable and thread-safe, and never modifies what it validates.
 */
public final class MeetingValidator implements Validator<Meeting> {
  /** Reported when a rule throws instead of reporting. */
  static final Rule<Object> RULE_FAILED = Rule.of(Object.class, "validation.rule-failed", Severity.ERROR,
      "A rule threw an exception instead of reporting; the value was not fully checked.", (v, c) -> {});

  /** Reported when the value to validate is null. */
  static final Rule<Object> NULL_VALUE = Rule.of(Object.class, "validation.null-value", Severity.ERROR,
      "There is no value to validate.", (v, c) -> {});

  /** Reported where nesting is deeper than the validator descends. */
  static final Rule<Object> TOO_DEEP = Rule.of(Object.class, "validation.too-deep", Severity.ERROR,
      "Parts and points may nest at most " + Traversal.MAX_DEPTH + " levels deep.", (v, c) -> {});

  private static final MeetingValidator DEFAULTS = builder().addDefaultRules().build();

  private static final MeetingValidator THOROUGH = builder().addDefaultRules().addThoroughRules().build();

  private final ImmutableList<Rule<?>> rules;
  private final Map<String, Severity> severities;
  private final int maxViolations;
  /** For each visited type, by its index in {@link Traversal#TYPES}: its rules, resolved once. */
  private final Applied[][] rulesByType;

  /** A rule with the severity this validator reports it at, and the check to call. */
  private static final class Applied {
    final Rule<?> rule;
    final Severity severity;
    final Rule.Check<Object> check;

    @SuppressWarnings("unchecked")
    Applied(Rule<?> rule, Severity severity) {
      this.rule = rule;
      this.severity = severity;
      this.check = rule instanceof SimpleRule<?> simple ? simple.unwrapped() : ((Rule<Object>) rule)::check;
    }
  }

  private MeetingValidator(Builder builder) {
    this.rules = ImmutableList.copyOf(builder.rules.values());
    this.severities = Map.copyOf(builder.severities);
    this.maxViolations = builder.maxViolations;
    this.rulesByType = new Applied[Traversal.TYPES.size()][];
    for (int i = 0; i < rulesByType.length; i++) {
      // a value is checked by the rules for its type and for its supertypes (a person by those
      // for Party too), in the order they were added
      Class<?> type = Traversal.TYPES.get(i);
      rulesByType[i] = rules.stream().filter(rule -> rule.target().isAssignableFrom(type))
          .map(rule -> new Applied(rule, severityOf(rule))).toArray(Applied[]::new);
    }
  }

  /** The default rules, as documented in {@code docs/validation-rules.md}. */
  public static MeetingValidator defaults() {
    return DEFAULTS;
  }

  /**
   * The thorough profile: the default rules, and rules that report what real records routinely
   * leave out (a decided item with no resolution recorded, a held meeting with no items, a link
   * relative to the publisher's site). Their findings are true, but on much real data they describe
   * a partial source rather than a mistake, so they are opt-in (docs/validation-rules.md, "Profiles").
   */
  public static MeetingValidator thorough() {
    return THOROUGH;
  }

  /** A builder that starts with no rules; call {@link Builder#addDefaultRules()} for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts with this validator's rules, severities and limit, to make a validator
   * that differs in some of them: {@code MeetingValidator.defaults().toBuilder().maxViolations(1000).build()}.
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    rules.forEach(builder::addRule);
    builder.severities.putAll(severities);
    builder.maxViolations = maxViolations;
    return builder;
  }

  /** The most violations a report lists; the others are counted ({@link ValidationReport#leftOut()}). */
  public int maxViolations() {
    return maxViolations;
  }

  /** The rules this validator applies, in the order it applies them. */
  public List<Rule<?>> rules() {
    return rules;
  }

  /** The severity the validator reports a rule's violations with: the rule's own unless overridden. */
  public Severity severityOf(Rule<?> rule) {
    return severities.getOrDefault(rule.code(), rule.severity());
  }

  /** Validates a meeting and everything in it. */
  @Override
  public ValidationReport validate(Meeting meeting) {
    return validate(Meeting.class, meeting);
  }

  /**
   * Validates a record of either kind, a meeting or a decision record (a decision taken outside a
   * meeting), and everything in it. A meeting is validated as {@link #validate(Meeting)} does; rules
   * that need the enclosing meeting see none in a decision record.
   */
  public ValidationReport validate(CouncilRecord record) {
    if (record instanceof DecisionRecord decisionRecord) {
      return validate(DecisionRecord.class, decisionRecord);
    }
    if (record instanceof Meeting meeting) {
      return validate(Meeting.class, meeting);
    }
    return validate(CouncilRecord.class, record); // null: there is no record to validate
  }

  /**
   * A validator for values of another type in the model, such as a single {@code
   * FundingAllocation} or {@code AgendaItem}, applying the same rules to it and everything inside
   * it. Paths are relative to that value. Rules that need the enclosing meeting see none.
   */
  public <T> Validator<T> forType(Class<T> type) {
    checkArgument(Traversal.isModelType(type), "%s is not a type of the Minutebook model", type.getName());
    return value -> validate(type, value);
  }

  private <T> ValidationReport validate(Class<T> type, T value) {
    RuleContext context = new RuleContext(value, maxViolations);
    if (value == null) {
      context.using(NULL_VALUE, Severity.ERROR);
      context.report("", "There is no {type} to validate", "type", type.getSimpleName());
    } else {
      try {
        new Traversal(this, context).root(type, value);
      } catch (RuntimeException | StackOverflowError e) {
        // the walk itself, not a rule, failed: report what was found, and that it stopped
        context.using(RULE_FAILED, Severity.ERROR);
        context.report("", "Validation stopped with {exception}: {detail}", "exception", e.getClass().getName(),
            "detail", Optional.ofNullable(e.getMessage()).orElse(""));
      }
    }
    return ValidationReport.of(context.violations(), context.leftOut());
  }

  /** Applies every rule for the type at {@code type} in {@link Traversal#TYPES}; a rule that throws is reported, not rethrown. */
  void apply(int type, Object value, RuleContext context) {
    for (Applied applied : rulesByType[type]) {
      context.using(applied.rule, applied.severity);
      try {
        applied.check.check(value, context);
      } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
        context.using(RULE_FAILED, Severity.ERROR);
        context.report("", "Rule {rule} failed with {exception}: {detail}", "rule", applied.rule.code(),
            "exception", e.getClass().getName(), "detail", Optional.ofNullable(e.getMessage()).orElse(""));
      }
    }
  }

  /** Builds a {@link MeetingValidator}. */
  public static final class Builder {
    private final Map<String, Rule<?>> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private int maxViolations = Integer.MAX_VALUE;

    private Builder() {}

    /** Adds the default rules. */
    @CanIgnoreReturnValue
    public Builder addDefaultRules() {
      DefaultRules.all().forEach(this::addRule);
      return this;
    }

    /** Adds the rules the thorough profile has beyond the default ones (see {@link #thorough()}). */
    @CanIgnoreReturnValue
    public Builder addThoroughRules() {
      DefaultRules.thoroughOnly().forEach(this::addRule);
      return this;
    }

    /**
     * Adds a rule, replacing any rule with the same code.
     *
     * @throws IllegalArgumentException if the rule's target is not a type of the model
     */
    @CanIgnoreReturnValue
    public Builder addRule(Rule<?> rule) {
      checkArgument(Traversal.supports(rule.target()),
          "rule %s targets %s, which the validator never visits", rule.code(), rule.target().getName());
      rules.put(rule.code(), rule);
      return this;
    }

    /**
     * Removes the rule with {@code code}.
     *
     * @throws IllegalArgumentException if there is no such rule, so that a typo is not silently ignored
     */
    @CanIgnoreReturnValue
    public Builder removeRule(String code) {
      checkArgument(rules.remove(code) != null, "no rule with code %s to remove", code);
      severities.remove(code);
      return this;
    }

    /**
     * Reports the rule with {@code code} at {@code severity} instead of its own.
     *
     * @throws IllegalArgumentException if there is no such rule
     */
    @CanIgnoreReturnValue
    public Builder severity(String code, Severity severity) {
      checkArgument(rules.containsKey(code), "no rule with code %s", code);
      severities.put(code, severity);
      return this;
    }

    /**
     * Lists at most {@code max} violations in a report, the first in document order, and counts
     * the others by code ({@link ValidationReport#leftOut()}), so that a value with millions of
     * violations takes memory for {@code max} of them. Unlimited unless set.
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    @CanIgnoreReturnValue
    public Builder maxViolations(int max) {
      checkArgument(max >= 0, "the most violations listed cannot be negative: %s", max);
      this.maxViolations = max;
      return this;
    }

    /** The validator. */
    public MeetingValidator build() {
      return new MeetingValidator(this);
    }
  }
}
