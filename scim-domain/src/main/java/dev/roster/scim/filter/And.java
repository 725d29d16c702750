package dev.roster.scim.filter;

import java.util.Objects;

/** {@code left and right}; a chain {@code a and b and c} nests to the left. */
public record And(Filter left, Filter right) implements Filter {

  public And {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  @Override
  public <R> R accept(FilterVisitor<R> visitor) {
    return visitor.visitAnd(this);
  }
}
