package dev.roster.api.scim;

import dev.roster.scim.error.InvalidCountException;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.filter.InvalidFilterException;
import dev.roster.scim.filter.Present;
import dev.roster.scim.model.AttributeSelection;
import dev.roster.scim.query.ResourceQuery;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list parameters of RFC 7644 §3.4.2, from a query string or a SearchRequest body: filter,
 * sortBy, sortOrder, startIndex, count (default 100, at most 1000), attributes and
 * excludedAttributes; and RFC 9865's cursor, whose presence (even empty: {@code ?cursor&count=10})
 * asks for cursor paging.
 */
public record ListParameters(ResourceQuery query, AttributeSelection selection) {
  static final int DEFAULT_COUNT = 100;

  public static ListParameters fromQuery(MultivaluedMap<String, String> params) {
    return of(key -> first(params, key));
  }

  public static ListParameters fromSearchRequest(JsonObject body) {
    return of(
        key -> {
          for (Map.Entry<String, JsonValue> e : body.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
              return text(e.getValue());
            }
          }
          return null;
        });
  }

  private static ListParameters of(java.util.function.Function<String, String> get) {
    Filter filter = blank(get.apply("filter")) ? null : FilterParser.parse(get.apply("filter"));
    AttributePath sortBy = blank(get.apply("sortBy")) ? null : sortPath(get.apply("sortBy"));
    String order = get.apply("sortOrder");
    boolean descending = order != null && order.strip().toLowerCase(Locale.ROOT).startsWith("desc");
    String cursor = get.apply("cursor");
    if (cursor != null && !blank(get.apply("startIndex"))) {
      throw new InvalidValueException(
          "startIndex and cursor cannot be used together: startIndex pages by index, cursor by"
              + " cursor (RFC 9865). Send only one of them.");
    }
    int startIndex = integer(get.apply("startIndex"), 1, "startIndex");
    int count = integer(get.apply("count"), DEFAULT_COUNT, "count");
    if (cursor != null && (count < 1 || count > ResourceQuery.MAX_COUNT)) {
      throw new InvalidCountException(
          "count must be between 1 and " + ResourceQuery.MAX_COUNT + " for cursor paging.");
    }
    return new ListParameters(
        new ResourceQuery(filter, sortBy, descending, startIndex, count, cursor),
        AttributeSelection.of(get.apply("attributes"), get.apply("excludedAttributes")));
  }

  private static AttributePath sortPath(String sortBy) {
    try {
      return ((Present) FilterParser.parse(sortBy.strip() + " pr")).path();
    } catch (InvalidFilterException | ClassCastException e) {
      throw new InvalidValueException("sortBy '" + sortBy + "' is not an attribute name.");
    }
  }

  private static int integer(String value, int fallback, String name) {
    if (blank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(name + " must be an integer, not '" + value + "'.");
    }
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      return value.asJsonArray().stream()
          .map(ListParameters::text)
          .collect(Collectors.joining(","));
    }
    return value.toString();
  }

  private static String first(MultivaluedMap<String, String> params, String key) {
    for (Map.Entry<String, java.util.List<String>> e : params.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
