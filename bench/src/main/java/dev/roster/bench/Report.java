package dev.roster.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The result table: each figure beside its target, printed as it comes and again at the end. */
final class Report {
  private record Row(String measure, String result, String target, String verdict) {}

  private final List<Row> rows = new ArrayList<>();

  void section(String title) {
    System.out.println();
    System.out.println("== " + title);
  }

  void add(String measure, String result, String target, Boolean met) {
    Row row = new Row(measure, result, target, met == null ? "" : met ? "met" : "MISSED");
    rows.add(row);
    System.out.printf("  %-58s %-34s %-24s %s%n", row.measure, row.result, row.target, row.verdict);
  }

  void missing(String measure, String why) {
    add(measure, "n/a (" + why + ")", "", null);
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  void print(String header) {
    System.out.println();
    System.out.println(header);
    int w1 = 10;
    int w2 = 6;
    int w3 = 6;
    for (Row r : rows) {
      w1 = Math.max(w1, r.measure.length());
      w2 = Math.max(w2, r.result.length());
      w3 = Math.max(w3, r.target.length());
    }
    String format = "| %-" + w1 + "s | %-" + w2 + "s | %-" + w3 + "s | %-7s |%n";
    System.out.printf(format, "Measure", "Result", "Target", "Verdict");
    System.out.printf(format, "-".repeat(w1), "-".repeat(w2), "-".repeat(w3), "-".repeat(7));
    for (Row r : rows) {
      System.out.printf(format, r.measure, r.result, r.target, r.verdict);
    }
  }
}
