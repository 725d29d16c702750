package dev.roster.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.math.BigDecimal;

/**
 * {@link jakarta.json.Json} with the provider looked up once. Every static method of {@code
 * jakarta.json.Json} runs {@link JsonProvider#provider()}, a ServiceLoader scan of the deployment's
 * class path; under WildFly's module class loaders that scan cost about a third of the CPU of a
 * SCIM read. The provider is thread-safe, so one instance serves all requests.
 */
public final class Json {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  /** An array of these strings. */
  public static JsonArrayBuilder createArrayBuilder(java.util.Collection<String> values) {
    JsonArrayBuilder array = PROVIDER.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonString createValue(String value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(int value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(long value) {
    return PROVIDER.createValue(value);
  }

  public static JsonNumber createValue(BigDecimal value) {
    return PROVIDER.createValue(value);
  }
}
