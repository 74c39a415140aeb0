/**
 * Minutebook's JSON contract: {@link io.github.minutebook.json.MinutebookJson}, the strict reader
 * and writer, and {@link io.github.minutebook.json.MinutebookModule}, the same codecs as a Jackson 3
 * module, which {@code JsonMapper.builder().findAndAddModules()} finds through this module's
 * {@code provides}.
 *
 * <p>Only {@code io.github.minutebook.json} is exported to all; the codecs in
 * {@code io.github.minutebook.json.internal} are not API, and {@code io.github.minutebook.json.source}
 * (reading other systems' JSON) is exported to Minutebook's own importers only. Core and Jackson appear in the exported
 * API (meetings in and out, {@code JsonMapper}, {@code JacksonException} and {@code JacksonModule}
 * as supertypes and return types), so reading this module reads them too.
 */
@SuppressWarnings("module") // the importers exported to are built after this module
module io.github.minutebook.json {
  requires transitive io.github.minutebook.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  // Read through core already; named because the codecs use it directly.
  requires com.google.common;

  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.minutebook.json;
  // For Minutebook's own importers; not API.
  exports io.github.minutebook.json.source to io.github.minutebook.oparl, io.github.minutebook.legistar;

  // META-INF/services/tools.jackson.databind.JacksonModule names the same class for the class path.
  provides tools.jackson.databind.JacksonModule with io.github.minutebook.json.MinutebookModule;
}
