package dev.roster.scim.schema;

import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The /Schemas and /ResourceTypes representations (RFC 7643 §6, §7). */
public final class SchemaJson {
  private static final String SCHEMA_URN = "urn:ietf:params:scim:schemas:core:2.0:Schema";
  private static final String RESOURCE_TYPE_URN =
      "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

  private SchemaJson() {}

  public static JsonObject schema(SchemaDefinition s, String base) {
    JsonArrayBuilder attributes = Json.createArrayBuilder();
    s.attributes().forEach(a -> attributes.add(attribute(a)));
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(SCHEMA_URN))
        .add("id", s.id())
        .add("name", s.name())
        .add("description", s.description())
        .add("attributes", attributes)
        .add(
            "meta",
            Json.createObjectBuilder()
                .add("resourceType", "Schema")
                .add("location", base + "/Schemas/" + s.id()))
        .build();
  }

  public static JsonObject resourceType(ResourceTypeDefinition t, String base) {
    JsonArrayBuilder extensions = Json.createArrayBuilder();
    t.extensions()
        .forEach(
            e ->
                extensions.add(
                    Json.createObjectBuilder().add("schema", e.id()).add("required", false)));
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(RESOURCE_TYPE_URN))
        .add("id", t.name())
        .add("name", t.name())
        .add("endpoint", t.endpoint())
        .add("description", t.description())
        .add("schema", t.schema().id())
        .add("schemaExtensions", extensions)
        .add(
            "meta",
            Json.createObjectBuilder()
                .add("resourceType", "ResourceType")
                .add("location", base + "/ResourceTypes/" + t.name()))
        .build();
  }

  private static JsonObject attribute(AttributeDefinition a) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("name", a.name())
            .add("type", a.type().scimName())
            .add("multiValued", a.multiValued())
            .add("description", a.description())
            .add("required", a.required())
            .add("caseExact", a.caseExact())
            .add("mutability", a.mutability().scimName())
            .add("returned", a.returned().scimName())
            .add("uniqueness", a.uniqueness());
    if (!a.canonicalValues().isEmpty()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      a.canonicalValues().forEach(values::add);
      b.add("canonicalValues", values);
    }
    if (!a.referenceTypes().isEmpty()) {
      JsonArrayBuilder types = Json.createArrayBuilder();
      a.referenceTypes().forEach(types::add);
      b.add("referenceTypes", types);
    }
    if (!a.subAttributes().isEmpty()) {
      JsonArrayBuilder subs = Json.createArrayBuilder();
      a.subAttributes().forEach(s -> subs.add(attribute(s)));
      b.add("subAttributes", subs);
    }
    return b.build();
  }
}
