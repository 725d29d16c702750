package dev.roster.scim.filter;

import java.util.Objects;

/** {@code not (inner)}. */
public record Not(Filter inner) implements Filter {

  public Not {
    Objects.requireNonNull(inner, "inner");
  }

  @Override
  public <R> R accept(FilterVisitor<R> visitor) {
    return visitor.visitNot(this);
  }
}
