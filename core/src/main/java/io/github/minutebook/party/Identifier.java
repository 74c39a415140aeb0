package io.github.minutebook.party;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An identifier a register gives a body: a Companies House number, a charity number, an OCDS
 * organisation identifier.
 *
 * <pre>{@code
 * Identifier companyNumber = Identifier.of("GB-COH", "01234567");
 * }</pre>
 */
@Value.Immutable
public abstract class Identifier implements WithIdentifier {
  Identifier() {}

  /** The register, as an org-id.guide prefix where there is one: "GB-COH", "GB-CHC", "GB-LAE". */
  public abstract String scheme();

  /** The identifier within the register, as given. */
  public abstract String id();

  /**
   * A web address for the identifier or its register, where the record gives one (OCDS
   * {@code identifier.uri}).
   */
  public abstract Optional<String> address();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Identifier}. */
  public static final class Builder extends ImmutableIdentifier.Builder {}

  /** An identifier in a register. */
  public static Identifier of(String scheme, String id) {
    return builder().scheme(scheme).id(id).build();
  }
}
