package dev.roster.persistence.event;

import dev.roster.domain.role.Role;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL expressions that build an event's data inside set-based statements (INSERT … SELECT), in each
 * database's dialect: PostgreSQL's {@code json_build_object}, H2's standard {@code json_object}.
 * The user object is the one {@code UserJson.summary} writes in Java; {@code UserEventSqlIT} checks
 * that both give the same JSON for the same row.
 */
public final class EventSqlJson {
  /** The columns every event insert names; {@code position} stays null until sequenced. */
  public static final String INSERT =
      "insert into event (id, organization_id, type, occurred_at, data) ";

  /** A role column's display name: {@code case x when 'ADMIN' then 'Admin' … end}. */
  public static String roleName(String column) {
    return Arrays.stream(Role.values())
        .map(r -> " when '" + r.name() + "' then '" + r.displayName() + "'")
        .collect(Collectors.joining("", "case " + column, " end"));
  }

  private EventSqlJson() {}

  /** A fresh event id. */
  public static String newId(boolean postgres) {
    return postgres ? "gen_random_uuid()" : "random_uuid()";
  }

  /** A JSON object from key and SQL expression pairs. */
  public static String object(boolean postgres, String... keysAndExpressions) {
    StringBuilder sql = new StringBuilder(postgres ? "json_build_object(" : "json_object(");
    for (int i = 0; i < keysAndExpressions.length; i += 2) {
      sql.append(i == 0 ? "" : ", ")
          .append('\'')
          .append(keysAndExpressions[i])
          .append(postgres ? "', " : "': ")
          .append(keysAndExpressions[i + 1]);
    }
    return sql.append(')').toString();
  }

  /** The text of a JSON expression, as the data column holds it. */
  public static String text(boolean postgres, String json) {
    return "cast(" + json + (postgres ? " as text)" : " as varchar)");
  }

  /** A bound JSON object's text ({@code ?}) embedded as JSON, not as a string. */
  public static String embedded(boolean postgres) {
    return postgres ? "cast(? as json)" : "cast(? as varchar) format json";
  }

  /** A uuid column as a JSON string. */
  private static String uuid(boolean postgres, String column) {
    return postgres ? column : "cast(" + column + " as varchar)";
  }

  /**
   * The group of row {@code g} as {@code EventData.group} writes it: id, displayName, externalId.
   */
  public static String group(boolean postgres, String g) {
    return object(
        postgres,
        "id",
        uuid(postgres, g + ".id"),
        "displayName",
        g + ".display_name",
        "externalId",
        g + ".external_id");
  }

  /**
   * The user of row {@code u} as the admin API lists it; {@code role} is the expression of the role
   * to show (the row's, or the one a statement is giving it).
   */
  public static String user(boolean postgres, String u, String role) {
    return object(
        postgres,
        "id",
        uuid(postgres, u + ".id"),
        "userName",
        u + ".user_name",
        "email",
        u + ".email",
        "displayName",
        u + ".display_name",
        "role",
        roleName(role),
        "status",
        u + ".status",
        "scimManaged",
        u + ".scim_managed");
  }
}
