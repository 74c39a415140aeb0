/**
 * Meetings and votes written as Open Civic Data / Popolo events and vote events: see the package
 * {@link io.github.minutebook.ocd}.
 */
module io.github.minutebook.ocd {
  requires transitive io.github.minutebook.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.ocd;
}
