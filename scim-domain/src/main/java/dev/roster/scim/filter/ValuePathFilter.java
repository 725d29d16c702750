package dev.roster.scim.filter;

import java.util.Objects;

/**
 * {@code attribute[inner]}, for example {@code emails[type eq "work" and value co "@x.com"]}: true
 * when one value of the multi-valued {@code attribute} matches {@code inner}.
 *
 * <p>The paths in {@code inner} are relative to {@code attribute} ({@code type} above means {@code
 * emails.type}), and {@code inner} contains no further value path.
 */
public record ValuePathFilter(AttributePath attribute, Filter inner) implements Filter {

  public ValuePathFilter {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(inner, "inner");
  }

  @Override
  public <R> R accept(FilterVisitor<R> visitor) {
    return visitor.visitValuePath(this);
  }
}
