package io.github.minutebook.cli;

import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.Violation;
import java.util.Map;
import java.util.TreeMap;

/** Counts of records and findings, for one file or for a whole run. */
final class Tally {
  /** The code reported for a record that could not be read as a Minutebook document. */
  static final String UNREADABLE_CODE = "json.unreadable";

  long records;
  long valid;
  long invalid;
  long errors;
  long warnings;
  long notes;
  /** Errors counted towards {@code --max-errors}: errors, and warnings with {@code --warnings-as-errors}. */
  long counted;

  /** How often each code was found, by code. */
  final Map<String, CodeCount> byCode = new TreeMap<>();

  /**
   * How often one code was found.
   */
  static final class CodeCount {
    final Severity severity;
    long count;

    CodeCount(Severity severity) {
      this.severity = severity;
    }
  }

  /**
   * Counts one record.
   *
   * @return the number of errors it adds towards {@code --max-errors}
   */
  long add(Event.Checked record, boolean warningsAsErrors) {
    records++;
    long recordErrors = 0;
    if (record.error() != null) {
      errors++;
      recordErrors++;
      count(UNREADABLE_CODE, Severity.ERROR);
    }
    for (Violation v : record.violations()) {
      switch (v.severity()) {
        case ERROR -> {
          errors++;
          recordErrors++;
        }
        case WARNING -> {
          warnings++;
          if (warningsAsErrors) {
            recordErrors++;
          }
        }
        case INFO -> notes++;
      }
      count(v.code(), v.severity());
    }
    counted += recordErrors;
    if (recordErrors == 0) {
      valid++;
    } else {
      invalid++;
    }
    return recordErrors;
  }

  /** The errors counted towards {@code --max-errors}. */
  long errorsCounted() {
    return counted;
  }

  private void count(String code, Severity severity) {
    byCode.computeIfAbsent(code, c -> new CodeCount(severity)).count++;
  }

  /** Adds another tally's counts to this one. */
  void addAll(Tally other) {
    records += other.records;
    valid += other.valid;
    invalid += other.invalid;
    errors += other.errors;
    warnings += other.warnings;
    notes += other.notes;
    counted += other.counted;
    other.byCode.forEach((code, count) -> byCode.computeIfAbsent(code, c -> new CodeCount(count.severity)).count
        += count.count);
  }
}
