package dev.roster.scim.schema;

import static dev.roster.scim.schema.AttributeDefinition.complex;
import static dev.roster.scim.schema.AttributeDefinition.of;
import static dev.roster.scim.schema.AttributeDefinition.string;

import java.util.List;

/**
 * The schemas of the discovery resources themselves (RFC 7643 §5, §6, §7), served by /Schemas
 * beside User, EnterpriseUser and Group. Every attribute is read-only: clients only read them.
 */
public final class DiscoverySchemas {
  public static final String SERVICE_PROVIDER_CONFIG =
      "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
  public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

  public static final SchemaDefinition SERVICE_PROVIDER_CONFIG_SCHEMA =
      new SchemaDefinition(
          SERVICE_PROVIDER_CONFIG,
          "Service Provider Configuration",
          "Schema for representing the service provider's configuration",
          List.of(
              ro(of("documentationUri", AttributeType.REFERENCE).references("external")),
              supported("patch", "PATCH operations"),
              ro(complex(
                      "bulk",
                      "Bulk operations",
                      ro(of("supported", AttributeType.BOOLEAN).requiredAttr()),
                      ro(of("maxOperations", AttributeType.INTEGER).requiredAttr()),
                      ro(of("maxPayloadSize", AttributeType.INTEGER).requiredAttr())))
                  .requiredAttr(),
              ro(complex(
                      "filter",
                      "Filtering",
                      ro(of("supported", AttributeType.BOOLEAN).requiredAttr()),
                      ro(of("maxResults", AttributeType.INTEGER).requiredAttr())))
                  .requiredAttr(),
              supported("changePassword", "Changing a password"),
              supported("sort", "Sorting"),
              supported("etag", "ETags"),
              ro(
                  complex(
                      "pagination",
                      "Pagination methods and page sizes (RFC 9865)",
                      ro(of("cursor", AttributeType.BOOLEAN).requiredAttr())
                          .describedAs("Whether cursor-based pagination is supported"),
                      ro(of("index", AttributeType.BOOLEAN).requiredAttr())
                          .describedAs("Whether index-based pagination is supported"),
                      ro(
                          string(
                                  "defaultPaginationMethod",
                                  "The method used when a request names neither cursor nor startIndex")
                              .canonical("cursor", "index")),
                      ro(of("defaultPageSize", AttributeType.INTEGER))
                          .describedAs("Resources per page when a request has no count"),
                      ro(of("maxPageSize", AttributeType.INTEGER))
                          .describedAs("The most resources a page holds"),
                      ro(of("cursorTimeout", AttributeType.INTEGER))
                          .describedAs("Seconds a cursor stays valid, when cursors expire"))),
              ro(complex(
                          "authenticationSchemes",
                          "Supported authentication schemes",
                          ro(string("type", "The scheme type").requiredAttr()),
                          ro(string("name", "The common name").requiredAttr()),
                          ro(string("description", "A description").requiredAttr()),
                          ro(of("specUri", AttributeType.REFERENCE).references("external")),
                          ro(
                              of("documentationUri", AttributeType.REFERENCE)
                                  .references("external")),
                          ro(of("primary", AttributeType.BOOLEAN)))
                      .multi())
                  .requiredAttr()));

  public static final SchemaDefinition RESOURCE_TYPE_SCHEMA =
      new SchemaDefinition(
          RESOURCE_TYPE,
          "ResourceType",
          "Specifies the schema that describes a SCIM resource type",
          List.of(
              ro(string("id", "The resource type's server unique id")),
              ro(string("name", "The resource type name").requiredAttr()),
              ro(string("description", "The resource type's description")),
              ro(of("endpoint", AttributeType.REFERENCE).references("uri").requiredAttr()),
              ro(of("schema", AttributeType.REFERENCE).references("uri").exact().requiredAttr()),
              ro(
                  complex(
                          "schemaExtensions",
                          "Schema extensions of the resource type",
                          ro(
                              of("schema", AttributeType.REFERENCE)
                                  .references("uri")
                                  .exact()
                                  .requiredAttr()),
                          ro(of("required", AttributeType.BOOLEAN).requiredAttr()))
                      .multi())));

  public static final SchemaDefinition SCHEMA_SCHEMA =
      new SchemaDefinition(
          SCHEMA,
          "Schema",
          "Specifies the schema of a SCIM resource",
          List.of(
              ro(string("id", "The unique URI of the schema").exact().requiredAttr()),
              ro(string("name", "The schema's human-readable name")),
              ro(string("description", "The schema's human-readable description")),
              ro(
                  complex(
                          "attributes",
                          "The service provider's attributes of the schema",
                          ro(string("name", "The attribute's name").exact().requiredAttr()),
                          ro(string("type", "The attribute's data type").requiredAttr()),
                          ro(of("multiValued", AttributeType.BOOLEAN).requiredAttr()),
                          ro(string("description", "The attribute's description")),
                          ro(of("required", AttributeType.BOOLEAN)),
                          ro(string("canonicalValues", "Suggested values").multi()),
                          ro(of("caseExact", AttributeType.BOOLEAN)),
                          ro(string("mutability", "Whether it can be written")),
                          ro(string("returned", "When it is returned")),
                          ro(string("uniqueness", "How it is unique")),
                          ro(string("referenceTypes", "Resource types it may refer to").multi()),
                          ro(
                              complex(
                                      "subAttributes",
                                      "The sub-attributes of a complex attribute, described as"
                                          + " above")
                                  .multi()))
                      .multi()
                      .requiredAttr())));

  public static final List<SchemaDefinition> ALL =
      List.of(SERVICE_PROVIDER_CONFIG_SCHEMA, RESOURCE_TYPE_SCHEMA, SCHEMA_SCHEMA);

  private DiscoverySchemas() {}

  private static AttributeDefinition supported(String name, String description) {
    return ro(complex(name, description, ro(of("supported", AttributeType.BOOLEAN).requiredAttr())))
        .requiredAttr();
  }

  private static AttributeDefinition ro(AttributeDefinition attribute) {
    return attribute.with(Mutability.READ_ONLY, Returned.DEFAULT);
  }
}
