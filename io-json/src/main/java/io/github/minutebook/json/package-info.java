/**
 * Minutebook's JSON contract: {@link io.github.minutebook.json.MinutebookJson} reads and writes
 * meetings with a strict, preconfigured Jackson 3 parser; {@link
 * io.github.minutebook.json.MinutebookModule} registers the same codecs with a {@code JsonMapper}
 * of your own. The format is documented in {@code docs/json-format.md} and described by the JSON
 * Schema at {@link io.github.minutebook.json.MinutebookJson#SCHEMA_RESOURCE}.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
