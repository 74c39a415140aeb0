/**
 * The people and bodies that take part in council business: members and officers with their
 * posts, councils, committees, partner organisations, funds and companies.
 *
 * <p>A {@link io.github.minutebook.party.Party} is either a {@link io.github.minutebook.party.Person}
 * or a {@link io.github.minutebook.party.Body}; decision makers, delegates, addressees, owners of
 * actions and suppliers are all parties.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.party;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
