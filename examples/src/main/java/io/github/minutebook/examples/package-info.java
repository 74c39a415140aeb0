/**
 * Small runnable programs to copy from. {@link io.github.minutebook.examples.BuildAMeeting} builds
 * part of a real Executive meeting with the builders and prints what it decided.
 */
@NullMarked
package io.github.minutebook.examples;

import org.jspecify.annotations.NullMarked;
