/**
 * Grants to and from the 360Giving Data Standard (1.4.3): see the package
 * {@link io.github.minutebook.threesixtygiving}.
 */
module io.github.minutebook.threesixtygiving {
  requires transitive io.github.minutebook.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.threesixtygiving;
}
