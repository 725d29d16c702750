package dev.roster.scim.filter;

import java.util.Objects;

/** {@code path pr}: the attribute has a non-empty value. */
public record Present(AttributePath path) implements Filter {

  public Present {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public <R> R accept(FilterVisitor<R> visitor) {
    return visitor.visitPresent(this);
  }
}
