package io.github.minutebook.party;

import java.util.Optional;

/**
 * Someone who acts in council business: a {@link Person} or a {@link Body}.
 *
 * <p>Tell them apart with {@code instanceof Person} and {@code instanceof Body} (the interface is
 * sealed, so there is no third case), or use {@link #displayName()} for text.
 */
public sealed interface Party permits Person, Body {
  /** A stable identifier, where the publisher gives one, so that references can be checked. */
  Optional<String> id();

  /** A short human-readable name: the person's name or post, or the body's name. */
  String displayName();
}
