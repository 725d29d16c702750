package dev.roster.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The action list the console offers is the list the services record: every constant is in {@link
 * AuditActions#ALL} and used by a service, and no service records a literal action name.
 */
class AuditActionsTest {
  private static final Path APPLICATION = Path.of("src/main/java/dev/roster/application");

  /** {@code audit.success(actor, "LITERAL"} or {@code audit.failure(}, across line breaks. */
  private static final Pattern LITERAL_ACTION =
      Pattern.compile("audit\\.(success|failure)\\(\\s*[^,]+,\\s*\"");

  @Test
  void allListsEveryConstantOnceInAlphabeticalOrder() throws IllegalAccessException {
    assertThat(AuditActions.ALL).containsExactlyInAnyOrderElementsOf(constants()).isSorted();
  }

  @Test
  void everyConstantIsRecordedSomewhere() throws IOException {
    String sources = String.join("\n", applicationSources());
    for (Field field : constantFields()) {
      assertThat(sources).as(field.getName()).contains("AuditActions." + field.getName());
    }
  }

  @Test
  void noServiceRecordsALiteralAction() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (String source : applicationSources()) {
      Matcher m = LITERAL_ACTION.matcher(source);
      while (m.find()) {
        offenders.add(source.substring(m.start(), Math.min(source.length(), m.end() + 40)));
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theLiteralDetectorFindsALiteral() {
    assertThat(LITERAL_ACTION.matcher("audit.failure(\n  actor,\n  \"X_Y\", \"USER\"").find())
        .isTrue();
    assertThat(LITERAL_ACTION.matcher("audit.success(actor, AuditActions.X, \"USER\"").find())
        .isFalse();
  }

  private static List<String> constants() throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : constantFields()) {
      values.add((String) field.get(null));
    }
    return values;
  }

  private static List<Field> constantFields() {
    return Arrays.stream(AuditActions.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .toList();
  }

  private static List<String> applicationSources() throws IOException {
    try (Stream<Path> files = Files.walk(APPLICATION)) {
      List<String> sources = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.add(Files.readString(file));
      }
      assertThat(sources).as("application sources under " + APPLICATION).isNotEmpty();
      return sources;
    }
  }
}
