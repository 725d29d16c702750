package dev.roster.scim.patch;

import dev.roster.scim.filter.And;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.CompareOp;
import dev.roster.scim.filter.Comparison;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterValue;
import dev.roster.scim.filter.Not;
import dev.roster.scim.filter.Or;
import dev.roster.scim.filter.Present;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the value filter of a PATCH path ({@code emails[type eq "work"]}) against one value of
 * a multi-valued attribute of the single resource being patched. String comparison ignores case.
 */
final class ValueFilterMatcher {
  private ValueFilterMatcher() {}

  static boolean matches(Filter filter, Map<String, Object> element) {
    if (filter instanceof And and) {
      return matches(and.left(), element) && matches(and.right(), element);
    }
    if (filter instanceof Or or) {
      return matches(or.left(), element) || matches(or.right(), element);
    }
    if (filter instanceof Not not) {
      return !matches(not.inner(), element);
    }
    if (filter instanceof Present p) {
      Object v = get(element, p.path());
      return v != null && !"".equals(v);
    }
    if (filter instanceof Comparison c) {
      return compare(get(element, c.path()), c.op(), c.value());
    }
    return false;
  }

  private static Object get(Map<String, Object> element, AttributePath path) {
    String name = path.subAttribute() != null ? path.subAttribute() : path.attribute();
    for (Map.Entry<String, Object> e : element.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean compare(Object actual, CompareOp op, FilterValue expected) {
    Object wanted = expected.javaValue();
    if (actual == null || wanted == null) {
      boolean bothNull = actual == null && wanted == null;
      return op == CompareOp.EQ ? bothNull : op == CompareOp.NE && !bothNull;
    }
    if (actual instanceof Boolean b) {
      Boolean w = wanted instanceof Boolean wb ? wb : Boolean.valueOf(wanted.toString());
      return op == CompareOp.EQ ? b.equals(w) : op == CompareOp.NE && !b.equals(w);
    }
    if (actual instanceof Number n && wanted instanceof BigDecimal d) {
      return ordered(new BigDecimal(n.toString()).compareTo(d), op);
    }
    String a = actual.toString().toLowerCase(Locale.ROOT);
    String w = wanted.toString().toLowerCase(Locale.ROOT);
    return switch (op) {
      case CO -> a.contains(w);
      case SW -> a.startsWith(w);
      case EW -> a.endsWith(w);
      default -> ordered(a.compareTo(w), op);
    };
  }

  private static boolean ordered(int cmp, CompareOp op) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      default -> false;
    };
  }
}
