package dev.roster.persistence.scim;

import dev.roster.scim.filter.AttributePath;
import java.util.Map;

/** How one resource type's attributes map to SQL, for filters and sorting. */
interface ResourceColumns {
  /** The table and alias, e.g. {@code app_user u}. */
  String from();

  /** The alias' primary key expression, e.g. {@code u.id}. */
  String id();

  /** The sort key when none is asked for (the id breaks ties, as for every sort). */
  Column defaultSort();

  /** The URN of the core schema: attribute paths may be qualified with it. */
  String coreUrn();

  /** Single-valued attributes by lower-case full name ({@code name.givenname}). */
  Map<String, Column> columns();

  /** Multi-valued attributes by lower-case name. */
  Map<String, MultiValued> multiValued();

  /** Whether string attributes are also kept in the {@code user_attribute} side table. */
  default boolean hasIndexedAttributes() {
    return false;
  }

  /** The sort key for {@code path}, or null when it cannot be sorted on. */
  default Column sortColumn(AttributePath path) {
    return columns().get(ScimSql.name(path));
  }
}
