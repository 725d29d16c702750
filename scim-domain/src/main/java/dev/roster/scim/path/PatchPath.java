package dev.roster.scim.path;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.ErrorReporter;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterTreeBuilder;
import dev.roster.scim.filter.ScimSyntax;
import dev.roster.scim.filter.grammar.ScimFilterParser;
import dev.roster.scim.filter.grammar.ScimFilterParser.PatchPathContext;
import java.util.Objects;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The {@code path} of a PATCH operation (RFC 7644 section 3.5.2): {@code attribute}, optionally
 * followed by {@code [valueFilter]} and then optionally by {@code .subAttribute}.
 *
 * <ul>
 *   <li>{@code members}: attribute {@code members}
 *   <li>{@code name.givenName}: attribute {@code name.givenName}
 *   <li>{@code emails[type eq "work"].value}: attribute {@code emails}, valueFilter {@code type eq
 *       "work"}, subAttribute {@code value}
 * </ul>
 *
 * @param attribute the targeted attribute, possibly URN-qualified and with a sub-attribute
 * @param valueFilter which values of a multi-valued {@code attribute} are targeted, or null
 * @param subAttribute the sub-attribute after {@code ]}, or null; only with a {@code valueFilter}
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

  public PatchPath {
    Objects.requireNonNull(attribute, "attribute");
    if (subAttribute != null && valueFilter == null) {
      throw new IllegalArgumentException("subAttribute requires a valueFilter");
    }
  }

  /**
   * Parses a PATCH path such as {@code emails[type eq "work"].value}.
   *
   * @throws InvalidPathException if {@code path} is null, empty, too long, nested too deeply or not
   *     a well-formed path
   */
  public static PatchPath parse(String path) {
    ErrorReporter errors = new ErrorReporter("path", path, InvalidPathException::new);
    PatchPathContext tree = ScimSyntax.parse(errors, ScimFilterParser::patchPath);
    FilterTreeBuilder builder = new FilterTreeBuilder(errors);
    AttributePath attribute = builder.attributePath(tree.attrPath());
    if (tree.expression() == null) {
      return new PatchPath(attribute, null, null);
    }
    Filter valueFilter = builder.valueFilter(tree.expression());
    TerminalNode subAttribute = tree.SUB_ATTR();
    if (subAttribute == null) {
      return new PatchPath(attribute, valueFilter, null);
    }
    if (attribute.subAttribute() != null) {
      int position = subAttribute.getSymbol().getStartIndex();
      throw errors.at(
          position,
          "Unexpected '"
              + subAttribute.getText()
              + "' at position "
              + position
              + " ('"
              + attribute.fullName()
              + "' already has a sub-attribute)");
    }
    return new PatchPath(attribute, valueFilter, subAttribute.getText().substring(1));
  }
}
