package io.github.minutebook.internal.shape;

import com.google.common.base.Ascii;

/**
 * The written name of a code-list value, in the JSON format and in validation paths alike: the
 * constant's name in lower case with hyphens ({@code VoteOption.YES} is {@code "yes"},
 * {@code ContractStage.DIRECT_AWARD} is {@code "direct-award"}).
 */
public final class CodeNames {
  private CodeNames() {}

  /** The written name of {@code value}. */
  public static String of(Enum<?> value) {
    return Ascii.toLowerCase(value.name()).replace('_', '-');
  }
}
