package dev.roster.scim.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A SCIM resource type (RFC 7643 §6): endpoint, core schema and schema extensions. */
public record ResourceTypeDefinition(
    String name,
    String endpoint,
    String description,
    SchemaDefinition schema,
    List<SchemaDefinition> extensions) {

  public ResourceTypeDefinition {
    extensions = List.copyOf(extensions);
  }

  /** The extension whose URN is {@code urn}, in any case. */
  public Optional<SchemaDefinition> extension(String urn) {
    if (urn == null) {
      return Optional.empty();
    }
    return extensions.stream().filter(e -> e.id().equalsIgnoreCase(urn)).findFirst();
  }

  /** The core schema or an extension, by URN in any case. */
  public Optional<SchemaDefinition> schema(String urn) {
    if (urn == null || urn.equalsIgnoreCase(schema.id())) {
      return Optional.of(schema);
    }
    return extension(urn);
  }

  /**
   * Splits a URN-qualified attribute name such as {@code
   * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber} into its schema and
   * the rest ({@code employeeNumber}); empty when no schema of this type is a prefix.
   */
  public Optional<Qualified> qualified(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (SchemaDefinition s : allSchemas()) {
      String prefix = s.id().toLowerCase(Locale.ROOT) + ":";
      if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
        return Optional.of(new Qualified(s, name.substring(prefix.length())));
      }
    }
    return Optional.empty();
  }

  public List<SchemaDefinition> allSchemas() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(schema), extensions.stream())
        .toList();
  }

  /** A schema and the attribute path that follows its URN. */
  public record Qualified(SchemaDefinition schema, String rest) {}
}
