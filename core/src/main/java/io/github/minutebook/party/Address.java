package io.github.minutebook.party;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address, in the parts OCDS and vCard name: "Victoria Square", "Birmingham", "West
 * Midlands", "B1 1BB", "United Kingdom".
 */
@Value.Immutable
public abstract class Address implements WithAddress {
  Address() {}

  /** The street address, as written: "1 Victoria Square". */
  public abstract Optional<String> streetAddress();

  /** The town or city. */
  public abstract Optional<String> locality();

  /** The county, state or region. */
  public abstract Optional<String> region();

  /** The postcode or ZIP code. */
  public abstract Optional<String> postalCode();

  /** The country's name, as written. */
  public abstract Optional<String> countryName();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {}
}
