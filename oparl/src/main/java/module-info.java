/**
 * Council meetings and papers read from OParl 1.1 JSON, saved or live from a server: see the package {@link
 * io.github.minutebook.oparl}.
 */
module io.github.minutebook.oparl {
  requires transitive io.github.minutebook.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive io.github.minutebook.http;
  requires io.github.minutebook.json;
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.oparl;
}
