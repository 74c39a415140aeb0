/**
 * The polite client the live importers share: see the package {@link io.github.minutebook.http}.
 */
module io.github.minutebook.http {
  requires transitive java.net.http;
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.http;
}
