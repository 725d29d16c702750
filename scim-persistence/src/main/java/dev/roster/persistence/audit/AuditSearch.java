package dev.roster.persistence.audit;

import static dev.roster.persistence.common.JdbcReads.instant;
import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditFilter;
import dev.roster.domain.audit.AuditPage;
import dev.roster.domain.common.Keys;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import dev.roster.persistence.common.SqlReader.RowMapper;
import java.util.List;
import java.util.UUID;

/**
 * The admin console's audit query: one page of an organization's events matching a filter, newest
 * first, as SQL with bound values. Each filter has an index that yields its events already in order
 * (organization with time, action, target, or lower(actor) on PostgreSQL; V1, V5, V5_1), so a page
 * reads about as many index entries as its offset and size, whatever the trail's length.
 */
final class AuditSearch {
  private static final RowMapper<AuditEvent> EVENT =
      r ->
          new AuditEvent(
              uuid(r, "id"),
              uuid(r, "organization_id"),
              instant(r, "at"),
              r.getString("actor"),
              r.getString("action"),
              r.getString("target_type"),
              r.getString("target_id"),
              AuditEvent.Outcome.valueOf(r.getString("outcome")),
              r.getString("detail"),
              r.getString("request_id"));

  private static final String ORDER = " order by e.at desc, e.id desc";

  private AuditSearch() {}

  static AuditPage search(
      SqlReader db, UUID organizationId, AuditFilter filter, int page, int size) {
    SqlParams params = new SqlParams();
    String where = where(params, organizationId, filter);
    // Ids first, from the index alone; then only the page's rows.
    SqlParams pageParams = params.copy();
    String items =
        "select e.* from audit_event e join (select e.id from audit_event e"
            + where
            + ORDER
            + " limit "
            + pageParams.bind(size)
            + " offset "
            + pageParams.bind((long) page * size)
            + ") p on p.id = e.id"
            + ORDER;
    List<AuditEvent> events = db.list(items, pageParams.values(), EVENT);
    // Counting stops past the limit: an exact count of a whole trail reads millions of entries.
    SqlParams countParams = params.copy();
    long total =
        db.list(
                "select count(*) from (select 1 from audit_event e"
                    + where
                    + " limit "
                    + countParams.bind(AuditPage.COUNT_LIMIT + 1)
                    + ") counted",
                countParams.values(),
                r -> r.getLong(1))
            .get(0);
    return new AuditPage(events, total);
  }

  private static String where(SqlParams params, UUID organizationId, AuditFilter filter) {
    StringBuilder where =
        new StringBuilder(" where e.organization_id = ").append(params.bind(organizationId));
    if (filter.actor() != null && !filter.actor().isBlank()) {
      // As written in audit_event_actor_idx (V5_1, PostgreSQL).
      where.append(" and lower(e.actor) = ").append(params.bind(Keys.of(filter.actor())));
    }
    if (filter.action() != null && !filter.action().isBlank()) {
      where.append(" and e.action = ").append(params.bind(filter.action().strip()));
    }
    if (filter.userId() != null) {
      where.append(" and e.target_id = ").append(params.bind(filter.userId().toString()));
    }
    if (filter.from() != null) {
      where.append(" and e.at >= ").append(params.bind(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" and e.at < ").append(params.bind(filter.to()));
    }
    return where.toString();
  }
}
