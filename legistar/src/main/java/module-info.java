/**
 * Meetings, agenda items, votes and legislation read from Legistar: see the package {@link
 * io.github.minutebook.legistar}.
 */
module io.github.minutebook.legistar {
  requires transitive io.github.minutebook.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive io.github.minutebook.http;
  requires io.github.minutebook.json;
  requires org.jsoup;
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.legistar;
}
