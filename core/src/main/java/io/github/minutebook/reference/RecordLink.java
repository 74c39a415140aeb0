package io.github.minutebook.reference;

import org.immutables.value.Value;

/**
 * A link from a decision record to another record, by the other's identifier: a paper to the
 * paper it belongs under, or to the papers that belong under it (an amendment, an opinion, a
 * follow-up).
 *
 * <pre>{@code
 * RecordLink parent = RecordLink.of("https://web1.karlsruhe.de/oparl/bodies/0001/papers/vo/50700",
 *     RecordRelation.SUPERORDINATED);
 * }</pre>
 */
@Value.Immutable
public abstract class RecordLink implements WithRecordLink {
  RecordLink() {}

  /** The other record's identifier, as given. */
  @Value.Parameter
  public abstract String target();

  /** How the other record relates to this one. */
  @Value.Parameter
  public abstract RecordRelation relation();

  /** A link to {@code target}. */
  public static RecordLink of(String target, RecordRelation relation) {
    return ImmutableRecordLink.of(target, relation);
  }
}
