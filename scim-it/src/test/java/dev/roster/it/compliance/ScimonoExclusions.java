package dev.roster.it.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SCIMono tests that exercise features SCIM 2.0 does not define, read from scimono-exclusions.txt:
 * one "TestClass#testMethod reason" a line ("TestClass#*" for a whole class); '#' at the start of a
 * line is a comment. Every entry must give a reason.
 */
record ScimonoExclusions(Map<String, String> reasons) {
  static final String RESOURCE = "/scimono-exclusions.txt";

  /**
   * Failures Roster knows of and has not fixed yet, or keeps by a product decision, each with its
   * reason. They are reported and counted, and do not fail the build; any other failure does.
   */
  static final String KNOWN_FAILURES = "/scimono-known-failures.txt";

  static ScimonoExclusions load() {
    return load(RESOURCE);
  }

  static ScimonoExclusions load(String resource) {
    Map<String, String> reasons = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ScimonoExclusions.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+", 2);
        if (parts.length < 2 || !parts[0].contains("#")) {
          throw new IllegalStateException("Exclusion without 'Class#method reason': " + line);
        }
        reasons.put(parts[0], parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ScimonoExclusions(Map.copyOf(reasons));
  }

  /** The reason the case is excluded, or null when it counts. */
  String reason(ScimonoResults.Case c) {
    String id = c.className() + "#" + c.method();
    for (Map.Entry<String, String> e : reasons.entrySet()) {
      if (glob(e.getKey()).matcher(id).matches()) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Pattern glob(String entry) {
    return Pattern.compile(
        Arrays.stream(entry.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }
}
