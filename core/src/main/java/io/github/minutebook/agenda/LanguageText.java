package io.github.minutebook.agenda;

import org.immutables.value.Value;

/**
 * A text in a stated language, beside the text as the minutes print it: the te reo Māori heading
 * of a bilingual item ("Ngā Tamōtanga"), the Irish title ("Miontuairiscí").
 *
 * <pre>{@code
 * LanguageText heading = LanguageText.of("Ngā Tamōtanga", "mi");
 * }</pre>
 */
@Value.Immutable
public abstract class LanguageText implements WithLanguageText {
  LanguageText() {}

  /** The text, as written. */
  @Value.Parameter
  public abstract String text();

  /** Its language, as a BCP 47 tag ("mi", "ga", "af"). */
  @Value.Parameter
  public abstract String language();

  /** A text in a language. */
  public static LanguageText of(String text, String language) {
    return ImmutableLanguageText.of(text, language);
  }
}
