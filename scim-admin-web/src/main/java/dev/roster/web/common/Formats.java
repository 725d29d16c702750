package dev.roster.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes values: times in UTC to the minute, so every admin reads the same. */
@Named("fmt")
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public String time(Instant at, String whenAbsent) {
    return at == null ? whenAbsent : TIME.format(at);
  }

  /** A count and its noun, singular for one: "1 member", "3 members". */
  public String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** A list of values in one line, or {@code whenEmpty}. */
  public String list(java.util.List<String> values, String whenEmpty) {
    return values == null || values.isEmpty() ? whenEmpty : String.join(", ", values);
  }
}
