package dev.roster.scim.filter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of a {@link Comparison}.
 *
 * <p>Quoted values are always strings. An unquoted value is a {@link NumberValue} when it is a JSON
 * number, a {@link BooleanValue} or {@link NullValue} for {@code true}, {@code false} and {@code
 * null} in any case, and a {@link StringValue} otherwise (identity providers send, for example,
 * {@code externalId eq 0a21f0f2-8d2a-4f8e-bf98-7363c8aed4dd}). Callers that know the attribute's
 * type may convert, for example a {@code NumberValue} compared to a string attribute.
 */
public sealed interface FilterValue {

  /** The plain Java value: a {@link String}, {@link BigDecimal}, {@link Boolean} or null. */
  Object javaValue();

  /** A string, with JSON escapes already decoded. */
  record StringValue(String value) implements FilterValue {
    public StringValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object javaValue() {
      return value;
    }
  }

  /** A JSON number, integer or decimal. */
  record NumberValue(BigDecimal value) implements FilterValue {
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Object javaValue() {
      return value;
    }
  }

  /** {@code true} or {@code false}. */
  record BooleanValue(boolean value) implements FilterValue {
    @Override
    public Object javaValue() {
      return value;
    }
  }

  /** {@code null}. */
  record NullValue() implements FilterValue {
    /** The one value there is any need for. */
    public static final NullValue INSTANCE = new NullValue();

    @Override
    public Object javaValue() {
      return null;
    }
  }
}
