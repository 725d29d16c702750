package dev.roster.scim.filter;

import dev.roster.scim.filter.grammar.ScimFilterParser.AndExprContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.AttrPathContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.AttrTailContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.AttributeTermContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.ComparisonTailContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.ExpressionContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.GroupTermContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.TermContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.ValueContext;
import dev.roster.scim.filter.grammar.ScimFilterParser.ValuePathTailContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR parse trees into {@link Filter} and {@link AttributePath} values.
 *
 * <p>Public only so that {@code dev.roster.scim.path} can share it; not meant for other callers.
 */
public final class FilterTreeBuilder {

  private final ErrorReporter errors;
  private final AttributePaths paths;
  private final Values values;

  public FilterTreeBuilder(ErrorReporter errors) {
    this.errors = errors;
    this.paths = new AttributePaths(errors);
    this.values = new Values(errors);
  }

  /** A top-level filter. */
  public Filter filter(ExpressionContext expression) {
    return expression(expression, false);
  }

  /** The filter between the brackets of a value path; it may not contain another value path. */
  public Filter valueFilter(ExpressionContext expression) {
    return expression(expression, true);
  }

  public AttributePath attributePath(AttrPathContext context) {
    Token token = context.getStart();
    return context.URN_PATH() != null
        ? paths.urnQualified(token.getText(), token.getStartIndex())
        : paths.plain(token.getText(), token.getStartIndex());
  }

  private Filter expression(ExpressionContext context, boolean inValuePath) {
    Filter result = null;
    for (AndExprContext operand : context.andExpr()) {
      Filter filter = andExpr(operand, inValuePath);
      result = result == null ? filter : new Or(result, filter);
    }
    return result;
  }

  private Filter andExpr(AndExprContext context, boolean inValuePath) {
    Filter result = null;
    for (TermContext operand : context.term()) {
      Filter filter = term(operand, inValuePath);
      result = result == null ? filter : new And(result, filter);
    }
    return result;
  }

  private Filter term(TermContext context, boolean inValuePath) {
    if (context instanceof GroupTermContext group) {
      Filter inner = expression(group.expression(), inValuePath);
      return group.NOT() == null ? inner : new Not(inner);
    }
    AttributeTermContext attributeTerm = (AttributeTermContext) context;
    AttributePath path = attributePath(attributeTerm.attrPath());
    return attributeTail(path, attributeTerm.attrTail(), inValuePath);
  }

  private Filter attributeTail(AttributePath path, AttrTailContext tail, boolean inValuePath) {
    if (tail instanceof ComparisonTailContext comparison) {
      CompareOp op = CompareOp.fromScimName(comparison.compareOp().getText());
      return new Comparison(path, op, value(comparison.value()));
    }
    if (tail instanceof ValuePathTailContext valuePath) {
      if (inValuePath) {
        int position = tail.getStart().getStartIndex();
        throw errors.at(
            position, "Unexpected '[' at position " + position + " (value paths cannot be nested)");
      }
      return new ValuePathFilter(path, expression(valuePath.expression(), true));
    }
    return new Present(path);
  }

  private FilterValue value(ValueContext context) {
    Token token = context.getStart();
    return context.STRING() != null
        ? values.quoted(token.getText(), token.getStartIndex())
        : values.bare(token.getText(), token.getStartIndex());
  }
}
