package dev.roster.persistence.scim;

import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import dev.roster.persistence.common.SqlReader.RowMapper;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.query.Cursor;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a SCIM list query over one resource type: one page in a stable order (the sort key, then the
 * id), and the total. All values are bound parameters.
 *
 * <p>Index pages use OFFSET. Cursor pages (RFC 9865) are keyset pages: the cursor holds the sort
 * key and id of the row next to the page, and the page is the rows after it in the same order
 * ({@code (key, id) > (:key, :id)}), so that a late page costs what the first one does.
 */
public final class ScimSql {
  /** The column that carries the sort key of each row of a cursor page. */
  private static final String SORT_KEY = "roster_sort_key";

  private final ResourceColumns columns;
  private final ResourceQuery query;
  private final SqlParams params = new SqlParams();
  private final String alias;
  private final String where;

  public ScimSql(ResourceColumns columns, UUID organizationId, ResourceQuery query) {
    this.columns = columns;
    this.query = query;
    this.alias = columns.id().substring(0, columns.id().indexOf('.'));
    String condition = alias + ".organization_id = " + params.bind(organizationId);
    if (query.filter() != null) {
      condition += " and " + query.filter().accept(new FilterSql(columns, params, null));
    }
    this.where = " from " + columns.from() + " where " + condition;
  }

  /** The lower-case name of a path without its URN: {@code name.givenname}. */
  static String name(AttributePath path) {
    String n =
        path.subAttribute() == null
            ? path.attribute()
            : path.attribute() + "." + path.subAttribute();
    return n.toLowerCase(Locale.ROOT);
  }

  /** The page the query asks for: by cursor when it sent one (RFC 9865), else by index. */
  public <T> ResultPage<T> list(SqlReader db, RowMapper<T> entity, Function<T, UUID> idOf) {
    return query.cursorPaged() ? cursorPage(db, entity, idOf) : search(db, entity);
  }

  /**
   * One page and the total. The page is read first: when it comes back short the total follows from
   * it, so the count statement runs only for full pages (or past the end), and a lookup such as
   * {@code userName eq "x"} costs one statement.
   */
  public <T> ResultPage<T> search(SqlReader db, RowMapper<T> entity) {
    List<T> rows = page(db, entity);
    boolean shortPage = rows.size() < query.count() && (!rows.isEmpty() || query.startIndex() == 1);
    long total = shortPage ? query.startIndex() - 1L + rows.size() : count(db);
    return new ResultPage<>(rows, total);
  }

  private long count(SqlReader db) {
    return db.list("select count(*)" + where, params.values(), r -> r.getLong(1)).get(0);
  }

  /**
   * One index page of entities in a stable order, loaded by the same statement that filters, sorts
   * and pages them (not ids first and the rows in a second query).
   */
  private <T> List<T> page(SqlReader db, RowMapper<T> entity) {
    if (query.count() == 0) {
      return List.of();
    }
    SqlParams pageParams = params.copy();
    String sql =
        "select "
            + alias
            + ".*"
            + where
            + " order by "
            + order(sortKey(), false)
            + " limit "
            + pageParams.bind(query.count())
            + " offset "
            + pageParams.bind(query.startIndex() - 1);
    return db.list(sql, pageParams.values(), entity);
  }

  /**
   * One cursor page with the total and the cursors next to it. Each row's sort key is read as the
   * database computes it (lower(...) included), so the next page continues exactly where this one
   * stopped.
   */
  public <T> ResultPage<T> cursorPage(SqlReader db, RowMapper<T> entity, Function<T, UUID> idOf) {
    RowMapper<Object[]> mapping = r -> new Object[] {entity.map(r), r.getObject(SORT_KEY)};
    byte[] fingerprint = query.fingerprint(columns.coreUrn());
    Cursor position = query.cursor().isEmpty() ? null : Cursor.decode(query.cursor(), fingerprint);
    Column key = sortKey();
    boolean backwards = position != null && position.backwards();
    SqlParams pageParams = params.copy();
    String after = position == null ? "" : " and " + keyset(key, position, pageParams);
    List<Object[]> rows = rows(db, mapping, after, pageParams, key, backwards, query.count() + 1);
    if (rows.size() <= query.count() && nullTailFollows(key, position)) {
      // The page runs past the last non-null key into the rows without one (nulls sort last).
      // Separate statements keep each an index range; one "(key, id) > (...) or key is null"
      // condition would make PostgreSQL walk every row before the cursor.
      SqlParams tailParams = params.copy();
      rows = new ArrayList<>(rows);
      rows.addAll(
          rows(
              db,
              mapping,
              " and " + key.expression() + " is null",
              tailParams,
              key,
              false,
              query.count() + 1 - rows.size()));
    }
    boolean more = rows.size() > query.count();
    // As for index pages: a first page with nothing after it is the whole result.
    long total = position == null && !more ? rows.size() : count(db);
    List<Object[]> page = new ArrayList<>(more ? rows.subList(0, query.count()) : rows);
    if (backwards) {
      Collections.reverse(page);
    }
    @SuppressWarnings("unchecked")
    List<T> items = page.stream().map(r -> (T) r[0]).toList();
    String next = null;
    String previous = null;
    if (!page.isEmpty()) {
      // Going forward, a later page exists when the extra row came back; going backwards, the
      // page the cursor came from is there. The mirror image holds for the previous page.
      if (backwards || more) {
        next = cursor(page.get(page.size() - 1), false, idOf, fingerprint);
      }
      if (backwards ? more : position != null) {
        previous = cursor(page.get(0), true, idOf, fingerprint);
      }
    }
    return new ResultPage<>(items, total, next, previous);
  }

  /** Forward from a non-null key, the rows without a key come after every keyed one. */
  private static boolean nullTailFollows(Column key, Cursor position) {
    return key.nullable() && position != null && !position.backwards() && position.key() != null;
  }

  private List<Object[]> rows(
      SqlReader db,
      RowMapper<Object[]> mapping,
      String condition,
      SqlParams values,
      Column key,
      boolean backwards,
      int limit) {
    String sql =
        "select "
            + alias
            + ".*, "
            + key.expression()
            + " as "
            + SORT_KEY
            + where
            + condition
            + " order by "
            + order(key, backwards)
            + " limit "
            + values.bind(limit);
    return db.list(sql, values.values(), mapping);
  }

  private <T> String cursor(
      Object[] row, boolean backwards, Function<T, UUID> idOf, byte[] fingerprint) {
    @SuppressWarnings("unchecked")
    UUID id = idOf.apply((T) row[0]);
    return new Cursor(backwards, keyText(row[1]), id).encode(fingerprint);
  }

  /**
   * The rows after {@code position} in the page's direction. Row comparisons keep the condition
   * usable as an index range on (organization_id, key, id) and never match a null key; nulls sort
   * last, so going forward from a non-null key the null tail is a second statement (see {@link
   * #cursorPage}), and a null key continues within that tail by id.
   */
  private String keyset(Column key, Cursor position, SqlParams p) {
    String op = descending() != position.backwards() ? "<" : ">";
    String k = key.expression();
    if (position.key() == null) {
      if (!key.nullable()) {
        throw Cursor.malformed();
      }
      String byId = columns.id() + " " + op + " " + p.bind(position.id());
      return position.backwards()
          ? "(" + k + " is not null or " + byId + ")"
          : "(" + k + " is null and " + byId + ")";
    }
    return "("
        + k
        + ", "
        + columns.id()
        + ") "
        + op
        + " ("
        + p.bind(keyValue(key, position.key()))
        + ", "
        + p.bind(position.id())
        + ")";
  }

  /**
   * Key, then id as tie-breaker, both in the requested direction; backwards is the exact reverse.
   * Nulls are placed only for nullable keys, so that the order of a not-null key matches its index
   * in either direction.
   */
  private String order(Column key, boolean backwards) {
    String direction = descending() != backwards ? " desc" : " asc";
    String nulls = key.nullable() ? (backwards ? " nulls first" : " nulls last") : "";
    return key.expression() + direction + nulls + ", " + columns.id() + direction;
  }

  /** sortOrder without sortBy has nothing to reverse: the default order stays. */
  private boolean descending() {
    return query.sortBy() != null && query.descending();
  }

  private Column sortKey() {
    if (query.sortBy() == null) {
      return columns.defaultSort();
    }
    Column sort = columns.sortColumn(query.sortBy());
    if (sort == null) {
      throw new InvalidValueException("Cannot sort by '" + query.sortBy().fullName() + "'.");
    }
    return sort;
  }

  /** A key as the database returned it, as cursor text. */
  private static String keyText(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    return value.toString();
  }

  /** A cursor's key as a value of the sort column's type; anything else is invalidCursor. */
  private static Object keyValue(Column key, String text) {
    try {
      return switch (key.type()) {
        case CASE_INSENSITIVE, EXACT -> text;
        case TIMESTAMP -> Instant.parse(text);
        case UUID -> strictUuid(text);
        case BOOLEAN -> strictBoolean(text);
      };
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw Cursor.malformed();
    }
  }

  private static UUID strictUuid(String text) {
    UUID id = UUID.fromString(text);
    if (!id.toString().equals(text)) {
      throw new IllegalArgumentException(text);
    }
    return id;
  }

  private static Boolean strictBoolean(String text) {
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException(text);
    }
    return Boolean.valueOf(text);
  }
}
