package dev.roster.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of the server's Prometheus endpoint, parsed into samples. */
final class Prometheus {
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;

  private Prometheus(List<Sample> samples) {
    this.samples = samples;
  }

  static Prometheus scrape() {
    Http.Response r = Http.get(Http.MANAGEMENT + "/metrics");
    if (r.status() != 200) {
      throw new AssertionError("/metrics answered " + r);
    }
    List<Sample> samples = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      Matcher m = SAMPLE.matcher(line);
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
    return new Prometheus(samples);
  }

  /** The samples named {@code name} whose labels include all of {@code labels} (key, value…). */
  List<Sample> find(String name, String... labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(
            s -> {
              for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                  return false;
                }
              }
              return true;
            })
        .toList();
  }

  /** The sum of the matching samples' values; 0 when there are none (a counter not yet made). */
  double sum(String name, String... labels) {
    return find(name, labels).stream().mapToDouble(Sample::value).sum();
  }
}
