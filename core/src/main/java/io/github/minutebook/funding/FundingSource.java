package io.github.minutebook.funding;

import io.github.minutebook.money.Amount;
import io.github.minutebook.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where (some of) the money for an allocation comes from: "funded from capital receipts", "the
 * Better Care Fund", "annual MOPAC funding".
 */
@Value.Immutable
public abstract class FundingSource implements WithFundingSource {
  FundingSource() {}

  /** The kind of source. */
  public abstract FundingSourceKind kind();

  /** The source's name, where it has one ("Better Care Fund"). */
  public abstract Optional<String> name();

  /** Who provides the money, where it is a body ("MOPAC"). */
  public abstract Optional<Party> provider();

  /** How much comes from this source, where the minutes split it. */
  public abstract Optional<Amount> amount();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingSource}. */
  public static final class Builder extends ImmutableFundingSource.Builder {}

  /** A source known only by its kind. */
  public static FundingSource of(FundingSourceKind kind) {
    return builder().kind(kind).build();
  }
}
