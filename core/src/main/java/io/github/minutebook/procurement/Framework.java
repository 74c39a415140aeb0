package io.github.minutebook.procurement;

import java.util.List;
import io.github.minutebook.party.Body;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A framework agreement, dynamic purchasing system or approved list: the one a contract is called
 * off from ("the London-wide Framework" let by ESPO, "Lot 2 Managed Service Provider"), or the one
 * an award sets up.
 */
@Value.Immutable
public abstract class Framework implements WithFramework {
  Framework() {}

  /** The framework's name as written. */
  public abstract String name();

  /** What kind of arrangement it is, where the record says: a framework agreement, a DPS, an approved list. */
  public abstract Optional<FrameworkKind> kind();

  /** The body that let the framework ("ESPO"), where named. */
  public abstract Optional<Body> provider();

  /**
   * The bodies named as entitled to use the framework, besides the one that lets it ("Hampshire
   * Constabulary, Hampshire Fire and Rescue Service"; the councils of a highways alliance).
   */
  public abstract List<Body> openTo();

  /** The lot called off from: "Lot 2 Managed Service Provider". */
  public abstract Optional<String> lot();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}. */
  public static final class Builder extends ImmutableFramework.Builder {}
}
