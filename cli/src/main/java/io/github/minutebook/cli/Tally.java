package io.github.minutebook.cli;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.validation.Severity;
import io.github.minutebook.validation.Violation;
import java.util.Map;
import java.util.TreeMap;

/** Counts of records and findings, for one file or for a whole run. */
final class Tally {
  /**
   * The code reported for a record that could not be read as a Minutebook document. A record an
   * importer could not convert ({@code --from}) is reported with the importer's own codes instead.
   */
  static final String UNREADABLE_CODE = "json.unreadable";

  long records;
  long valid;
  long invalid;
  long errors;
  long warnings;
  long notes;
  /** Errors counted towards {@code --max-errors}: errors, and warnings with {@code --warnings-as-errors}. */
  long counted;
  /** Findings counted but not reported, past {@link Event.Checked#MOST_SHOWN} in a record. */
  long leftOut;

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
    Event.NotConverted notConverted = record.notConverted();
    if (notConverted != null) {
      for (ConversionNote reason : notConverted.failed()) {
        errors++;
        recordErrors++;
        count(reason.code(), Severity.ERROR);
      }
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
    for (Map.Entry<String, CodeCount> omitted : record.leftOut().byCode().entrySet()) {
      long n = omitted.getValue().count;
      switch (omitted.getValue().severity) {
        case ERROR -> {
          errors += n;
          recordErrors += n;
        }
        case WARNING -> {
          warnings += n;
          if (warningsAsErrors) {
            recordErrors += n;
          }
        }
        case INFO -> notes += n;
      }
      byCode.computeIfAbsent(omitted.getKey(), c -> new CodeCount(omitted.getValue().severity)).count += n;
    }
    leftOut += record.leftOut().count();
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
    leftOut += other.leftOut;
    other.byCode.forEach((code, count) -> byCode.computeIfAbsent(code, c -> new CodeCount(count.severity)).count
        += count.count);
  }
}
