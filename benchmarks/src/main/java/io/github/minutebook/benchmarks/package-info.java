/**
 * JMH benchmarks of Minutebook's JSON codec and validators, each measured against Jackson
 * baselines in the same run on the same deterministic corpus. Run them with {@code
 * benchmarks/run.sh}.
 */
@NullMarked
package io.github.minutebook.benchmarks;

import org.jspecify.annotations.NullMarked;
