/**
 * Contract awards to and from the Open Contracting Data Standard (OCDS 1.1.5): see the package
 * {@link io.github.minutebook.ocds}.
 */
module io.github.minutebook.ocds {
  requires transitive io.github.minutebook.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.ocds;
}
