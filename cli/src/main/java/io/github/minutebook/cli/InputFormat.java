package io.github.minutebook.cli;

/** How an input holds its documents. */
enum InputFormat {
  /** One JSON document: a {@code .json} file whose first non-blank byte is <code>{</code>. */
  DOCUMENT("document"),
  /** A JSON array of documents: first non-blank byte {@code [}. */
  ARRAY("array"),
  /** One document a line: {@code .ndjson} and {@code .jsonl} files, and standard input not starting with {@code [}. */
  NDJSON("ndjson");

  private final String label;

  InputFormat(String label) {
    this.label = label;
  }

  /** The name used in reports. */
  String label() {
    return label;
  }
}
