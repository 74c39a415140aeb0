package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The notice by which a motion came before the meeting: "NOM.003/24 Notice of Motion – Councillor
 * Expenses"; "Mayoral Minute MM21/03"; "while it was not considered to qualify as an Emergency
 * Motion under Standing Orders".
 */
@Value.Immutable
public abstract class MotionNotice implements WithMotionNotice {
  MotionNotice() {}

  /** What kind of notice. */
  public abstract Optional<NoticeKind> kind();

  /** Its reference, as written ("NOM.003/24", "MM21/03", "Motion on Notice 6"). */
  public abstract Optional<String> reference();

  /** Who gave it. */
  public abstract List<Person> givenBy();

  /** When it was given. */
  public abstract Optional<LocalDate> givenOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MotionNotice}. */
  public static final class Builder extends ImmutableMotionNotice.Builder {}
}
