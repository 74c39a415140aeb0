package io.github.minutebook.procurement;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code in a classification scheme: what a contract buys, in a scheme such as CPV ("45233140
 * Roadworks"), or a record's subject in a publisher's filing plan ("00 00 03 Valtuuston
 * aloitetoiminta").
 *
 * <pre>{@code
 * Classification roadworks = Classification.builder().scheme("CPV").code("45233140")
 *     .description("Roadworks").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Classification implements WithClassification {
  Classification() {}

  /** The scheme, as OCDS names it ("CPV", "UNSPSC"), or as the publisher does ("tehtäväluokitus"). */
  public abstract String scheme();

  /** The code in the scheme, as given. */
  public abstract String code();

  /** The code's description, where given. */
  public abstract Optional<String> description();

  /**
   * The web address of the code's definition, where the record gives one (OCDS
   * {@code classification.uri}): "http://cpv.data.ac.uk/code-33199000.html".
   */
  public abstract Optional<String> address();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Classification}. */
  public static final class Builder extends ImmutableClassification.Builder {}
}
