package dev.roster.scim.filter;

import java.util.Objects;

/** {@code path op value}, for example {@code userName eq "bjensen"}. */
public record Comparison(AttributePath path, CompareOp op, FilterValue value) implements Filter {

  public Comparison {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public <R> R accept(FilterVisitor<R> visitor) {
    return visitor.visitComparison(this);
  }
}
