package dev.roster.persistence.scim;

import dev.roster.persistence.common.SqlParams;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.CompareOp;
import dev.roster.scim.filter.FilterValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** One comparison or presence test on a column, with bound values. */
final class Conditions {
  private Conditions() {}

  static String present(Column c) {
    return switch (c.type()) {
      case CASE_INSENSITIVE, EXACT ->
          "(" + c.expression() + " is not null and " + c.expression() + " <> '')";
      default -> c.expression() + " is not null";
    };
  }

  static String compare(
      Column c, CompareOp op, FilterValue value, SqlParams params, AttributePath path) {
    Object raw = value.javaValue();
    String col = c.expression();
    if (raw == null) {
      return switch (op) {
        case EQ -> col + " is null";
        case NE -> col + " is not null";
        default -> throw FilterSql.invalid("Only eq and ne compare with null.");
      };
    }
    return switch (c.type()) {
      case CASE_INSENSITIVE -> text(col, op, raw.toString().toLowerCase(Locale.ROOT), params);
      case EXACT -> text(col, op, raw.toString(), params);
      case UUID -> uuid(col, op, raw.toString(), params, path);
      case BOOLEAN -> bool(col, op, raw, params, path);
      case TIMESTAMP -> timestamp(col, op, raw.toString(), params, path);
    };
  }

  private static String text(String col, CompareOp op, String value, SqlParams params) {
    return switch (op) {
      case EQ -> col + " = " + params.bind(value);
      case NE -> "(" + col + " is null or " + col + " <> " + params.bind(value) + ")";
      case CO -> like(col, "%" + SqlParams.escapeLike(value) + "%", params);
      case SW -> like(col, SqlParams.escapeLike(value) + "%", params);
      case EW -> like(col, "%" + SqlParams.escapeLike(value), params);
      case GT -> col + " > " + params.bind(value);
      case GE -> col + " >= " + params.bind(value);
      case LT -> col + " < " + params.bind(value);
      case LE -> col + " <= " + params.bind(value);
    };
  }

  private static String like(String col, String pattern, SqlParams params) {
    return col + " like " + params.bind(pattern) + " escape '\\'";
  }

  private static String uuid(
      String col, CompareOp op, String value, SqlParams params, AttributePath path) {
    if (op != CompareOp.EQ && op != CompareOp.NE) {
      throw FilterSql.invalid("'" + path.fullName() + "' supports only eq and ne.");
    }
    UUID id;
    try {
      id = UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return op == CompareOp.EQ ? "1 = 0" : "1 = 1";
    }
    return op == CompareOp.EQ
        ? col + " = " + params.bind(id)
        : "(" + col + " is null or " + col + " <> " + params.bind(id) + ")";
  }

  private static String bool(
      String col, CompareOp op, Object raw, SqlParams params, AttributePath path) {
    String text = raw.toString();
    if ((op != CompareOp.EQ && op != CompareOp.NE)
        || !(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      throw FilterSql.invalid(
          "'" + path.fullName() + "' is a boolean: use eq or ne with true or false.");
    }
    boolean wanted = Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    return col + (op == CompareOp.EQ ? " = " : " <> ") + params.bind(wanted);
  }

  private static String timestamp(
      String col, CompareOp op, String value, SqlParams params, AttributePath path) {
    java.time.Instant at;
    try {
      at = OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw FilterSql.invalid(
          "'" + path.fullName() + "' needs an xsd:dateTime such as 2024-05-01T00:00:00Z.");
    }
    String p = params.bind(at);
    return switch (op) {
      case EQ -> col + " = " + p;
      case NE -> col + " <> " + p;
      case GT -> col + " > " + p;
      case GE -> col + " >= " + p;
      case LT -> col + " < " + p;
      case LE -> col + " <= " + p;
      default ->
          throw FilterSql.invalid("'" + path.fullName() + "' is a date: use eq, gt, ge, lt or le.");
    };
  }
}
