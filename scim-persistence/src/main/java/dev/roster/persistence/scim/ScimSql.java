package dev.roster.persistence.scim;

import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs a SCIM list query over one resource type: the ids of one page in a stable order, and the
 * total. All values are bound parameters.
 */
public final class ScimSql {
  private final ResourceColumns columns;
  private final SqlParams params = new SqlParams();
  private final String where;

  public ScimSql(ResourceColumns columns, UUID organizationId, ResourceQuery query) {
    this.columns = columns;
    String alias = columns.id().substring(0, columns.id().indexOf('.'));
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

  /**
   * One page and the total. The page is read first: when it comes back short the total follows from
   * it, so the count statement runs only for full pages (or past the end), and a lookup such as
   * {@code userName eq "x"} costs one statement.
   */
  public <T> ResultPage<T> search(EntityManager em, ResourceQuery query, Class<T> entity) {
    List<T> rows = page(em, query, entity);
    boolean shortPage = rows.size() < query.count() && (!rows.isEmpty() || query.startIndex() == 1);
    long total = shortPage ? query.startIndex() - 1L + rows.size() : count(em);
    return new ResultPage<>(rows, total);
  }

  private long count(EntityManager em) {
    Query q = em.createNativeQuery("select count(*)" + where);
    params.applyTo(q);
    return ((Number) q.getSingleResult()).longValue();
  }

  /**
   * One page of entities in a stable order, loaded by the same statement that filters, sorts and
   * pages them (not ids first and the rows in a second query).
   */
  public <T> List<T> page(EntityManager em, ResourceQuery query, Class<T> entity) {
    if (query.count() == 0) {
      return List.of();
    }
    String alias = columns.id().substring(0, columns.id().indexOf('.'));
    Query q =
        em.createNativeQuery(
            "select " + alias + ".*" + where + " order by " + order(query), entity);
    params.applyTo(q);
    q.setFirstResult(query.startIndex() - 1);
    q.setMaxResults(query.count());
    @SuppressWarnings("unchecked")
    List<T> rows = q.getResultList();
    return rows;
  }

  private String order(ResourceQuery query) {
    if (query.sortBy() == null) {
      return columns.defaultOrder();
    }
    String sort = columns.sortExpression(query.sortBy());
    if (sort == null) {
      throw new InvalidValueException("Cannot sort by '" + query.sortBy().fullName() + "'.");
    }
    String direction = query.descending() ? " desc nulls last" : " asc nulls last";
    return sort + direction + ", " + columns.id();
  }
}
