package io.github.minutebook.beam;

import io.github.minutebook.validation.MeetingValidator;
import java.io.Serializable;

/**
 * Builds the validator on each worker. A {@link MeetingValidator} and its rules are not
 * serialisable, so a pipeline ships this recipe instead: a lambda or a class whose fields are
 * serialisable, such as
 *
 * <pre>{@code
 * ValidatorFactory houseRules = () -> MeetingValidator.builder()
 *     .addDefaultRules()
 *     .addRule(HouseRules.largeAwardsAreKey())
 *     .build();
 * }</pre>
 *
 * <p>It is called once per instance of the validating function on a worker (in its setup), not
 * once per record.
 */
@FunctionalInterface
public interface ValidatorFactory extends Serializable {
  /** Builds the validator. */
  MeetingValidator create();
}
