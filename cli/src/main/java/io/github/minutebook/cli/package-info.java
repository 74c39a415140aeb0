/**
 * The {@code minutebook} command line tool: {@code validate} checks Minutebook JSON documents,
 * arrays and NDJSON streams against the default validation rules, {@code schema} prints the JSON
 * Schema of the format, and {@code summarize} prints a readable summary of a meeting. {@link
 * io.github.minutebook.cli.Main} is the entry point of the executable jar; {@link
 * io.github.minutebook.cli.MinutebookCli} builds the command for use in-process. The commands,
 * options, exit codes and output shapes are documented in {@code docs/cli.md}.
 */
@NullMarked
package io.github.minutebook.cli;

import org.jspecify.annotations.NullMarked;
