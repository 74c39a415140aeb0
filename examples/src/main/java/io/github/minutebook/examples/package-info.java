/**
 * Small runnable programs to copy from. Each has a {@code main} and a method that does the work on
 * given inputs and writes to a {@link java.io.PrintStream}, so that its test can run it.
 *
 * <ul>
 *   <li>{@link io.github.minutebook.examples.BuildAMeeting} builds part of a real Executive meeting
 *       with the builders and prints what it decided.
 *   <li>{@link io.github.minutebook.examples.ReadAndValidate} reads a JSON document, validates it
 *       with the default rules and prints the report, or where decoding failed.
 *   <li>{@link io.github.minutebook.examples.HouseRule} adds a council's own rules to the defaults,
 *       drops one and re-grades another, and runs them on a seed and a changed copy of it.
 *   <li>{@link io.github.minutebook.examples.AcrossMeetings} answers questions across many
 *       meetings: funding by source and year, contracts by supplier, recommendations awaiting a
 *       response.
 *   <li>{@link io.github.minutebook.examples.StreamNdjson} streams an NDJSON file through the
 *       validator record by record, carrying on past bad records.
 * </ul>
 *
 * <p>The data they read by default is in {@code examples/data/}: see {@code examples/README.md}.
 */
@NullMarked
package io.github.minutebook.examples;

import org.jspecify.annotations.NullMarked;
