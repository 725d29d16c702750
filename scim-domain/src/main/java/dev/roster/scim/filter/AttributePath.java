package dev.roster.scim.filter;

import java.util.Objects;

/**
 * An attribute reference, {@code [schemaUrn:]attribute[.subAttribute]}, spelled as written.
 *
 * <p>SCIM attribute names are case-insensitive; compare them with {@link #matches(AttributePath)},
 * not {@link #equals(Object)}.
 *
 * @param schemaUrn the schema URN, for example {@code
 *     urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}, or {@code null} when absent
 * @param attribute the attribute name, for example {@code name}
 * @param subAttribute the sub-attribute name, for example {@code givenName}, or {@code null}
 */
public record AttributePath(String schemaUrn, String attribute, String subAttribute) {

  public AttributePath {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isBlank()) {
      throw new IllegalArgumentException("attribute must not be blank");
    }
  }

  /** A path with neither schema URN nor sub-attribute. */
  public static AttributePath of(String attribute) {
    return new AttributePath(null, attribute, null);
  }

  /** A path with a sub-attribute and no schema URN. */
  public static AttributePath of(String attribute, String subAttribute) {
    return new AttributePath(null, attribute, subAttribute);
  }

  /** The path as SCIM writes it, for example {@code urn:...:User:manager.value}. */
  public String fullName() {
    StringBuilder name = new StringBuilder();
    if (schemaUrn != null) {
      name.append(schemaUrn).append(':');
    }
    name.append(attribute);
    if (subAttribute != null) {
      name.append('.').append(subAttribute);
    }
    return name.toString();
  }

  /** Whether both paths name the same attribute, ignoring case as SCIM requires. */
  public boolean matches(AttributePath other) {
    return other != null && fullName().equalsIgnoreCase(other.fullName());
  }
}
