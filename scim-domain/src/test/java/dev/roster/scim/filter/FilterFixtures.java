package dev.roster.scim.filter;

import dev.roster.scim.filter.FilterValue.BooleanValue;
import dev.roster.scim.filter.FilterValue.NullValue;
import dev.roster.scim.filter.FilterValue.NumberValue;
import dev.roster.scim.filter.FilterValue.StringValue;
import java.math.BigDecimal;

/** Short constructors for expected trees in tests. */
public final class FilterFixtures {

  public static final NullValue NULL = NullValue.INSTANCE;

  private FilterFixtures() {}

  /** {@code attr} or {@code attr.sub}, without schema URN. */
  public static AttributePath path(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0
        ? AttributePath.of(dotted)
        : AttributePath.of(dotted.substring(0, dot), dotted.substring(dot + 1));
  }

  public static Comparison cmp(String path, CompareOp op, FilterValue value) {
    return new Comparison(path(path), op, value);
  }

  public static Comparison eq(String path, String value) {
    return cmp(path, CompareOp.EQ, str(value));
  }

  public static Present pr(String path) {
    return new Present(path(path));
  }

  public static And and(Filter left, Filter right) {
    return new And(left, right);
  }

  public static Or or(Filter left, Filter right) {
    return new Or(left, right);
  }

  public static Not not(Filter inner) {
    return new Not(inner);
  }

  public static ValuePathFilter valuePath(String attribute, Filter inner) {
    return new ValuePathFilter(path(attribute), inner);
  }

  public static StringValue str(String value) {
    return new StringValue(value);
  }

  public static NumberValue num(String value) {
    return new NumberValue(new BigDecimal(value));
  }

  public static BooleanValue bool(boolean value) {
    return new BooleanValue(value);
  }
}
