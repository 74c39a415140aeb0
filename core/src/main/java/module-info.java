/**
 * Minutebook core: the immutable model of council decisions and its validators.
 *
 * <p>Every package of the model is exported, and so is {@code io.github.minutebook.validation}.
 * {@code io.github.minutebook.internal.shape}, the model's shape as data, is generated when core is
 * compiled and is exported only to Minutebook's JSON module, whose codecs are built from it.
 *
 * <p>Guava is part of the API ({@code ImmutableList} and friends in accessors), so reading this
 * module reads Guava too. Everything else is needed only while compiling: the Immutables
 * annotations are source-retained, the JSpecify and Error Prone annotations have no behaviour at
 * run time, and {@code java.compiler} only holds the source-retained {@code @Generated} on the
 * model processor's output.
 */
// "module": the qualified export names a module that is not present while core compiles.
// "requires-automatic": the Immutables annotations jar is an automatic module, and only ever needed by javac.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.minutebook.core {
  requires transitive com.google.common;

  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.minutebook;
  exports io.github.minutebook.agenda;
  exports io.github.minutebook.calendar;
  exports io.github.minutebook.condition;
  exports io.github.minutebook.decision;
  exports io.github.minutebook.exchange;
  exports io.github.minutebook.funding;
  exports io.github.minutebook.meeting;
  exports io.github.minutebook.money;
  exports io.github.minutebook.party;
  exports io.github.minutebook.procurement;
  exports io.github.minutebook.recommendation;
  exports io.github.minutebook.reference;
  exports io.github.minutebook.validation;

  exports io.github.minutebook.internal.shape to io.github.minutebook.json;
}
