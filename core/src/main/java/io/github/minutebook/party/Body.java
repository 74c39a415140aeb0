package io.github.minutebook.party;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation: an authority ("L B Bromley"), a decision-making body ("Executive", "Scrutiny
 * Board (Strategy and Resources)"), a partner ("Bromley Clinical Commissioning Group"), a fund
 * ("Better Care Fund") or a supplier ("Jadu Ltd").
 *
 * <p>The name is optional because some records give a body only by its identifier: an OParl paper
 * names the organisations that consider it by their URLs alone. A body with neither a name nor an
 * identifier is representable and reported by the validators.
 *
 * <pre>{@code
 * Body bccg = Body.builder()
 *     .name("Bromley Clinical Commissioning Group").abbreviation("BCCG").kind(BodyKind.HEALTH_BODY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Body implements Party, WithBody {
  Body() {}

  @Override
  public abstract Optional<String> id();

  /** The body's name as the minutes give it, where they give one. */
  public abstract Optional<String> name();

  /** The short form the minutes also use: "BCCG", "MOPAC", "ESPO". */
  public abstract Optional<String> abbreviation();

  /** What kind of body it is, where known. */
  public abstract Optional<BodyKind> kind();

  /** Where the body is based, as written: "Leeds", "Bradford, West Yorkshire". */
  public abstract Optional<String> location();

  /** The body's postal address, where the record gives one. */
  public abstract Optional<Address> address();

  /** Identifiers registers give the body: its company number, its charity number. */
  public abstract List<Identifier> identifiers();

  /** An e-mail address to reach them at, as the record gives it ("helsinki.kirjaamo@hel.fi"). */
  public abstract Optional<String> email();

  /** A telephone number, as written ("09 310 13700"). */
  public abstract Optional<String> telephone();

  /**
   * Whether the body is a small or medium-sized enterprise, where the record says (Contracts
   * Finder's {@code sme}, OCDS {@code details.scale}): false is the record saying it is not one.
   * Contracts Finder writes false where nothing was entered, so its false is kept as stated but may
   * mean "not stated".
   */
  public abstract Optional<Boolean> sme();

  /**
   * Whether the body is a voluntary, community or social enterprise (VCSE) organisation, where the
   * record says (Contracts Finder's {@code vco}): false is the record saying it is not one.
   * Contracts Finder writes false where nothing was entered, so its false is kept as stated but may
   * mean "not stated".
   */
  public abstract Optional<Boolean> vcse();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}. */
  public static final class Builder extends ImmutableBody.Builder {}

  /** A body with a name and a kind. */
  public static Body of(String name, BodyKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /** A body known only by its name. */
  public static Body named(String name) {
    return builder().name(name).build();
  }

  /** A body known only by its identifier, as OParl gives an organisation by its URL. */
  public static Body ofId(String id) {
    return builder().id(id).build();
  }

  /** The name; else the abbreviation; else the identifier; else "(unnamed body)". */
  @Override
  public String displayName() {
    return name().or(this::abbreviation).or(this::id).orElse("(unnamed body)");
  }
}
