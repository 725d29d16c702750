package dev.roster.scim.schema;

import java.util.List;
import java.util.Optional;

/** A SCIM schema (RFC 7643 §7): its URN, name and attributes. */
public record SchemaDefinition(
    String id, String name, String description, List<AttributeDefinition> attributes) {

  public SchemaDefinition {
    attributes = List.copyOf(attributes);
  }

  /** The attribute called {@code wanted}, in any case. */
  public Optional<AttributeDefinition> attribute(String wanted) {
    return AttributeDefinition.find(attributes, wanted);
  }
}
