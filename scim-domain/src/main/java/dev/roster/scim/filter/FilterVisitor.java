package dev.roster.scim.filter;

/**
 * One method per {@link Filter} node type; see {@link Filter#accept(FilterVisitor)}.
 *
 * @param <R> what the visitor produces, for example a SQL fragment
 */
public interface FilterVisitor<R> {

  R visitComparison(Comparison comparison);

  R visitPresent(Present present);

  R visitAnd(And and);

  R visitOr(Or or);

  R visitNot(Not not);

  R visitValuePath(ValuePathFilter valuePath);
}
