package dev.roster.scim.filter;

import java.util.Objects;

/** {@code left or right}; a chain {@code a or b or c} nests to the left. */
public record Or(Filter left, Filter right) implements Filter {

  public Or {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  @Override
  public <R> R accept(FilterVisitor<R> visitor) {
    return visitor.visitOr(this);
  }
}
