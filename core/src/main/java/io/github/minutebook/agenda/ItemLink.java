package io.github.minutebook.agenda;

import org.immutables.value.Value;

/**
 * A link from one agenda item to another in the same meeting, by the other item's identifier,
 * minute number or agenda number; the validators check that the target exists.
 */
@Value.Immutable
public abstract class ItemLink implements WithItemLink {
  ItemLink() {}

  /** The other item's identifier, minute number or agenda number. */
  @Value.Parameter
  public abstract String target();

  /** How it relates to this item. */
  @Value.Parameter
  public abstract LinkRelation relation();

  /** A link to {@code target}. */
  public static ItemLink of(String target, LinkRelation relation) {
    return ImmutableItemLink.of(target, relation);
  }
}
