package io.github.minutebook.party;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person as the minutes name them: "Councillor Nicholas Bennett J.P.", "Tom Riordan – Chief
 * Executive", or only by post: "the Commercial Director".
 *
 * <p>The name and the post are both optional because minutes often give only one of them; a
 * person with neither is representable and reported by the validators. A record may name a member
 * by ward alone (Chicago's "Main Sponsor's Ward/Office" "09"), which {@link #ward()} holds.
 *
 * <pre>{@code
 * Person bennett = Person.builder()
 *     .honorific("Councillor").name("Nicholas Bennett").addPostNominal("J.P.")
 *     .build();
 * Person director = Person.ofPost("Director of Corporate Services");
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Person implements Party, WithPerson {
  Person() {}

  @Override
  public abstract Optional<String> id();

  /** The title before the name: "Councillor", "Cllr", "Mayor", "Dr". */
  public abstract Optional<String> honorific();

  /** The person's name without title or honours: "Nicholas Bennett". */
  public abstract Optional<String> name();

  /** Honours and letters after the name, in order: "J.P.", "OBE". */
  public abstract List<String> postNominals();

  /** The post held: "Portfolio Holder for Public Protection and Safety", "Chief Executive". */
  public abstract Optional<String> post();

  /**
   * The ward or electoral division the member represents, as written: "Charlestown", or "09"
   * where a Chicago record names an alderman by ward only.
   */
  public abstract Optional<String> ward();

  /**
   * The political party or group the member belongs to, where the minutes say: "Cllr Rae
   * Mackenzie (SNP)", "Fraktion Bündnis 90/Die Grünen".
   */
  public abstract Optional<Body> party();

  /** The organisation the person belongs to or speaks for, where the minutes say. */
  public abstract Optional<Body> organisation();

  /**
   * Where the person lives or comes from, where the minutes say, as for a member of the public
   * who speaks: "Ray Kearney of Lane Cove West", "Connie Lawrason, 4291 Ambermeadow".
   */
  public abstract Optional<Address> address();

  /**
   * The address of the person's page on the publisher's site (OParl's {@code web}): ModernGov's
   * "mgUserInfo.aspx?UID=192".
   */
  public abstract Optional<String> web();

  /** An e-mail address to reach them at, as the record gives it ("helsinki.kirjaamo@hel.fi"). */
  public abstract Optional<String> email();

  /** A telephone number, as written ("09 310 13700"). */
  public abstract Optional<String> telephone();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}

  /** A person named without title or post. */
  public static Person named(String name) {
    return builder().name(name).build();
  }

  /** A councillor: the honorific "Councillor" and a name. */
  public static Person councillor(String name) {
    return builder().honorific("Councillor").name(name).build();
  }

  /** A person the minutes identify only by post ("the Director of Finance"). */
  public static Person ofPost(String post) {
    return builder().post(post).build();
  }

  @Override
  public String displayName() {
    if (name().isPresent()) {
      StringBuilder text = new StringBuilder();
      honorific().ifPresent(h -> text.append(h).append(' '));
      text.append(name().get());
      postNominals().forEach(p -> text.append(' ').append(p));
      return text.toString();
    }
    return post().orElse("(unnamed person)");
  }
}
