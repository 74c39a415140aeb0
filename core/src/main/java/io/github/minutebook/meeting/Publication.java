package io.github.minutebook.meeting;

import io.github.minutebook.party.Party;
import io.github.minutebook.reference.LegalBasis;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the publisher states it has published of a meeting or an agenda item: ModernGov's {@code
 * agendapublished}, {@code minutepublished} and {@code decisionpublished} flags. Each is empty where
 * the record does not say; {@code false} means the publisher states it is not published.
 *
 * <pre>{@code
 * Publication published = Publication.builder().agenda(true).minutes(true).decisions(false).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Publication implements WithPublication {
  Publication() {}

  /** Whether the agenda is published. */
  public abstract Optional<Boolean> agenda();

  /** Whether the minutes are published. */
  public abstract Optional<Boolean> minutes();

  /** Whether a decision notice (the decisions as published on their own) is published. */
  public abstract Optional<Boolean> decisions();

  /**
   * What the publisher says of attachments it does not publish, as written ("Päätösasiakirjoissa
   * on mainittu liitteitä, joita ei julkaista internetissä").
   */
  public abstract Optional<String> attachmentsWithheld();

  /** The laws the publisher cites for what it does not publish. */
  public abstract List<LegalBasis> legalBasis();

  /**
   * Whom to ask for what is not published, where the publisher says ("Päätösasiakirjoja voi
   * tiedustella myös Helsingin kaupungin kirjaamosta": the City's registry).
   */
  public abstract Optional<Party> enquiries();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  public static final class Builder extends ImmutablePublication.Builder {}
}
