/**
 * The codecs behind {@link io.github.minutebook.json.MinutebookModule}: one table of fields per
 * type of the model, read and written by one generic object codec. Internal: not part of the API,
 * and may change in any release.
 */
@NullMarked
package io.github.minutebook.json.internal;

import org.jspecify.annotations.NullMarked;
