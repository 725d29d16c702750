package dev.roster.persistence.scim;

import dev.roster.persistence.common.SqlParams;
import dev.roster.scim.filter.And;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.CompareOp;
import dev.roster.scim.filter.Comparison;
import dev.roster.scim.filter.FilterVisitor;
import dev.roster.scim.filter.InvalidFilterException;
import dev.roster.scim.filter.Not;
import dev.roster.scim.filter.Or;
import dev.roster.scim.filter.Present;
import dev.roster.scim.filter.ValuePathFilter;

/**
 * Turns a filter tree into a SQL condition over one resource type; every value becomes a bound
 * parameter. Unknown or unfilterable attributes are an invalidFilter error.
 */
final class FilterSql implements FilterVisitor<String> {
  private final ResourceColumns columns;
  private final SqlParams params;
  private final MultiValued scope;

  FilterSql(ResourceColumns columns, SqlParams params, MultiValued scope) {
    this.columns = columns;
    this.params = params;
    this.scope = scope;
  }

  @Override
  public String visitComparison(Comparison c) {
    if (scope != null) {
      return Conditions.compare(inScope(c.path()), c.op(), c.value(), params, c.path());
    }
    MultiValued mv = multiValued(c.path());
    if (mv != null) {
      Column sub = subColumn(mv, c.path());
      return mv.exists(Conditions.compare(sub, c.op(), c.value(), params, c.path()));
    }
    String indexed = indexed(c.path());
    if (indexed != null) {
      return indexedComparison(indexed, c);
    }
    return Conditions.compare(column(c.path()), c.op(), c.value(), params, c.path());
  }

  @Override
  public String visitPresent(Present p) {
    if (scope != null) {
      return Conditions.present(inScope(p.path()));
    }
    MultiValued mv = multiValued(p.path());
    if (mv != null) {
      return p.path().subAttribute() == null
          ? mv.exists("1 = 1")
          : mv.exists(Conditions.present(subColumn(mv, p.path())));
    }
    String indexed = indexed(p.path());
    if (indexed != null) {
      return IndexedAttributes.exists(indexed, "a.value_key <> ''");
    }
    return Conditions.present(column(p.path()));
  }

  /**
   * A comparison on a side-table attribute: some value matches; {@code ne} and {@code eq null} mean
   * that no value matches, so that users without the attribute are included.
   */
  private String indexedComparison(String path, Comparison c) {
    Object raw = c.value().javaValue();
    if (raw == null || c.op() == CompareOp.NE) {
      if (raw == null && c.op() != CompareOp.EQ && c.op() != CompareOp.NE) {
        throw invalid("Only eq and ne compare with null.");
      }
      String match =
          raw == null
              ? null
              : Conditions.compare(
                  IndexedAttributes.valueColumn(), CompareOp.EQ, c.value(), params, c.path());
      boolean negate = raw == null ? c.op() == CompareOp.EQ : true;
      return (negate ? "not " : "") + IndexedAttributes.exists(path, match);
    }
    return IndexedAttributes.exists(
        path,
        Conditions.compare(IndexedAttributes.valueColumn(), c.op(), c.value(), params, c.path()));
  }

  /** The side-table path of a user attribute, or null (only for resource types that have one). */
  private String indexed(AttributePath path) {
    return columns.hasIndexedAttributes() ? IndexedAttributes.pathOf(path) : null;
  }

  @Override
  public String visitAnd(And and) {
    return "(" + and.left().accept(this) + " and " + and.right().accept(this) + ")";
  }

  @Override
  public String visitOr(Or or) {
    return "(" + or.left().accept(this) + " or " + or.right().accept(this) + ")";
  }

  @Override
  public String visitNot(Not not) {
    return "not coalesce((" + not.inner().accept(this) + "), false)";
  }

  @Override
  public String visitValuePath(ValuePathFilter v) {
    MultiValued mv = multiValued(v.attribute());
    if (mv == null || scope != null) {
      throw invalid("'" + v.attribute().fullName() + "' cannot be filtered with [...].");
    }
    return mv.exists(v.inner().accept(new FilterSql(columns, params, mv)));
  }

  private Column inScope(AttributePath path) {
    String name = path.subAttribute() != null ? path.subAttribute() : path.attribute();
    Column c = scope.sub(name);
    if (c == null) {
      throw invalid("Unknown or unfilterable attribute '" + path.fullName() + "' in filter.");
    }
    return c;
  }

  private MultiValued multiValued(AttributePath path) {
    if (indexed(path) != null) {
      return null;
    }
    checkUrn(path);
    return columns.multiValued().get(path.attribute().toLowerCase(java.util.Locale.ROOT));
  }

  private Column subColumn(MultiValued mv, AttributePath path) {
    Column c = mv.sub(path.subAttribute());
    if (c == null) {
      throw invalid("Unknown or unfilterable attribute '" + path.fullName() + "' in filter.");
    }
    return c;
  }

  private Column column(AttributePath path) {
    Column c = columns.columns().get(ScimSql.name(path));
    if (c == null) {
      throw invalid("Unknown or unfilterable attribute '" + path.fullName() + "' in filter.");
    }
    return c;
  }

  private void checkUrn(AttributePath path) {
    if (path.schemaUrn() != null && !path.schemaUrn().equalsIgnoreCase(columns.coreUrn())) {
      throw invalid("Attribute '" + path.fullName() + "' cannot be filtered on.");
    }
  }

  static InvalidFilterException invalid(String message) {
    return new InvalidFilterException(message, null, -1);
  }
}
