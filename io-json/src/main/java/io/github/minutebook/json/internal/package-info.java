/**
 * The codecs behind {@link io.github.minutebook.json.MinutebookModule}: one table of fields per
 * type of the model, read and written by one generic object codec. Internal: not part of the API,
 * and may change in any release.
 *
 * <p>The module {@code io.github.minutebook.json} does not export this package, so on the module
 * path no other module can use it. On the class path nothing enforces that, but it is no more API
 * there.
 */
@NullMarked
package io.github.minutebook.json.internal;

import org.jspecify.annotations.NullMarked;
