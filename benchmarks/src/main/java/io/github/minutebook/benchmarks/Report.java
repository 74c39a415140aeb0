package io.github.minutebook.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one JMH run's JSON results, and the GC log of the NDJSON heap check, into the results
 * file: throughput in documents and megabytes per second, allocation per document, and the
 * ratios the targets are stated in, on the last lines.
 *
 * <p>Arguments: {@code JMH_JSON GC_LOG MACHINE_TEXT OUTPUT_MD}.
 */
public final class Report {
  private Report() {}

  /** One benchmark's figures. */
  record Result(double docsPerSecond, double error, double bytesAllocatedPerDoc) {}

  /** Writes the report. */
  public static void main(String[] args) throws IOException {
    JsonNode runs = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      String name = run.get("benchmark").asString().replaceAll(".*\\.", "");
      JsonNode primary = run.get("primaryMetric");
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      results.put(name, new Result(number(primary.get("score")), number(primary.get("scoreError")), number(alloc)));
    }
    double meanBytes = CodecBenchmark.meanDocumentBytes();
    String gcLog = Files.exists(Path.of(args[1])) ? Files.readString(Path.of(args[1])) : "";
    String machine = Files.readString(Path.of(args[2]));

    StringBuilder out = new StringBuilder();
    out.append("# Minutebook benchmarks\n\n");
    out.append("One JMH run over one deterministic corpus of ").append(CodecBenchmark.DOCUMENTS)
        .append(" meetings, mean ").append(String.format(Locale.ROOT, "%.1f", meanBytes / 1000)).append(" KB per document.\n\n");
    out.append("## Machine\n\n```\n").append(machine.strip()).append("\n```\n\n");
    out.append("## Throughput and allocation\n\n");
    out.append("| benchmark | docs/s | ± | MB/s | bytes allocated per doc |\n|---|---:|---:|---:|---:|\n");
    results.forEach((name, r) -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |%n", name,
        r.docsPerSecond(), r.error(), r.docsPerSecond() * meanBytes / 1e6,
        Double.isNaN(r.bytesAllocatedPerDoc()) ? "-" : String.format(Locale.ROOT, "%.0f", r.bytesAllocatedPerDoc()))));

    long liveHeap = maxHeapAfterGc(gcLog);
    out.append("\n## NDJSON live heap\n\n");
    out.append(liveHeap < 0 ? "No GC log was found.\n" : String.format(Locale.ROOT,
        "Largest heap after a collection while reading the NDJSON file under -Xmx64m: %.1f MB (from the GC log).%n",
        liveHeap / 1e6));

    out.append("\n## Ratios (target in brackets)\n\n```\n");
    Result a = result(results, "baselineA_tokenWalk");
    Result bDecode = result(results, "baselineB_databindDecode");
    Result bEncode = result(results, "baselineB_databindEncode");
    Result decode = result(results, "decode");
    Result decodeValidate = result(results, "decodeAndValidate");
    Result encode = result(results, "encode");
    Result validate = result(results, "validate");
    Result ndjson = result(results, "ndjsonRead");
    ratio(out, "decode+validate / B decode", decodeValidate, bDecode, ">= 1.00");
    ratio(out, "decode+validate / A token walk", decodeValidate, a, ">= 0.47");
    ratio(out, "decode / B decode", decode, bDecode, "no target");
    ratio(out, "encode / B encode", encode, bEncode, ">= 1.05");
    // time per document is the inverse of throughput: validation's time over decoding's
    ratio(out, "validation time / decode time", decode, validate, "<= 0.10");
    out.append(String.format(Locale.ROOT, "%-45s %8.3f            [<= 1.00]%n", "allocation per doc: decode / B decode",
        decode.bytesAllocatedPerDoc() / bDecode.bytesAllocatedPerDoc()));
    ratio(out, "NDJSON read / decode", ndjson, decode, ">= 0.90");
    out.append(String.format(Locale.ROOT, "%-45s %8.1f MB          [<= 8 MB]%n", "NDJSON live heap, 200 MB at -Xmx64m",
        liveHeap < 0 ? Double.NaN : liveHeap / 1e6));
    out.append("```\n");
    Files.writeString(Path.of(args[3]), out.toString(), StandardCharsets.UTF_8);
    System.out.print(out);
  }

  /** The result of the benchmark {@code name}; every benchmark of the ratios must have run. */
  private static Result result(Map<String, Result> results, String name) {
    Result result = results.get(name);
    if (result == null) {
      throw new IllegalArgumentException("the JMH results have no run of " + name);
    }
    return result;
  }

  /** A number of JMH's output; JMH writes "NaN" as a string where it has no figure (one iteration's error). */
  private static double number(JsonNode node) {
    return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
  }

  /**
   * The ratio of two throughputs, with its error: the two relative errors (JMH's 99.9% intervals)
   * added in quadrature, so that a ratio close to its target can be told from one that misses it.
   */
  private static void ratio(StringBuilder out, String name, Result top, Result bottom, String target) {
    double value = top.docsPerSecond() / bottom.docsPerSecond();
    double relative = Math.hypot(top.error() / top.docsPerSecond(), bottom.error() / bottom.docsPerSecond());
    out.append(String.format(Locale.ROOT, "%-45s %8.3f ± %5.3f    [%s]%n", name, value, value * relative, target));
  }

  /** The largest "after" heap size of the collections in a unified GC log, in bytes; -1 if none. */
  static long maxHeapAfterGc(String log) {
    Matcher m = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)").matcher(log);
    long max = -1;
    while (m.find()) {
      max = Math.max(max, Long.parseLong(m.group(3)) * unit(m.group(4)));
    }
    return max;
  }

  private static long unit(String unit) {
    return switch (unit) {
      case "K" -> 1L << 10;
      case "M" -> 1L << 20;
      default -> 1L << 30;
    };
  }
}
