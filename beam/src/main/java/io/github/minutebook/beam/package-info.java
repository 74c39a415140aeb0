/**
 * Minutebook in Apache Beam: the same reading, validation and writing as the command line, as
 * transforms that run on any Beam runner (Direct, Flink, Spark, Dataflow).
 *
 * <p>{@link io.github.minutebook.beam.MinutebookIO#read(String)} reads Minutebook NDJSON, JSON
 * arrays and single documents from a Beam file pattern into {@link
 * io.github.minutebook.beam.InputRecord}s, each with its {@link io.github.minutebook.beam.Origin}
 * (file, line, record number); {@link io.github.minutebook.beam.ValidateMeetings} validates them
 * with the default rules or a user's {@link io.github.minutebook.validation.MeetingValidator},
 * built on each worker, and splits them into valid records, {@link
 * io.github.minutebook.beam.Finding}s and {@link io.github.minutebook.beam.Unreadable} records, so
 * that nothing is lost; {@link io.github.minutebook.beam.SummarizeFindings} counts findings by
 * code, authority and month; {@link io.github.minutebook.beam.MinutebookIO#write(String)} writes
 * records back as NDJSON. {@link io.github.minutebook.beam.MinutebookCoder} is the deterministic
 * coder of the documents, built on the io-json codec, which Beam finds on its own.
 */
@NullMarked
package io.github.minutebook.beam;

import org.jspecify.annotations.NullMarked;
