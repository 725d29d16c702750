package dev.roster.scim.schema;

import static dev.roster.scim.schema.AttributeDefinition.complex;
import static dev.roster.scim.schema.AttributeDefinition.of;
import static dev.roster.scim.schema.AttributeDefinition.string;

import java.util.List;

/** The schemas and resource types Roster serves: User (+ EnterpriseUser) and Group. */
public final class ScimSchemas {
  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  public static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

  /** Attributes every resource has (RFC 7643 §3.1); not listed in /Schemas. */
  public static final List<AttributeDefinition> COMMON =
      List.of(
          string("id", "Unique identifier assigned by Roster.")
              .exact()
              .with(Mutability.READ_ONLY, Returned.ALWAYS)
              .unique("server"),
          string("externalId", "Identifier of the resource in the provisioning client.").exact(),
          complex(
                  "meta",
                  "Resource metadata.",
                  string("resourceType", "").exact(),
                  of("created", AttributeType.DATE_TIME),
                  of("lastModified", AttributeType.DATE_TIME),
                  of("location", AttributeType.REFERENCE).exact(),
                  string("version", "").exact())
              .with(Mutability.READ_ONLY, Returned.DEFAULT));

  public static final SchemaDefinition USER_SCHEMA = UserSchema.core();
  public static final SchemaDefinition ENTERPRISE_USER_SCHEMA = UserSchema.enterprise();
  public static final SchemaDefinition GROUP_SCHEMA =
      new SchemaDefinition(
          GROUP,
          "Group",
          "Group",
          List.of(
              string("displayName", "A human-readable name for the Group.")
                  .requiredAttr()
                  .unique("server"),
              complex(
                      "members",
                      "A list of members of the Group. Only users; nested groups are not"
                          + " supported.",
                      string("value", "Identifier of the member User.")
                          .exact()
                          .with(Mutability.IMMUTABLE, Returned.DEFAULT),
                      of("$ref", AttributeType.REFERENCE)
                          .references("User")
                          .exact()
                          .with(Mutability.IMMUTABLE, Returned.DEFAULT),
                      string("display", "Name of the member.")
                          .with(Mutability.READ_ONLY, Returned.DEFAULT),
                      string("type", "'User'; nested groups are not supported.")
                          .canonical("User")
                          .with(Mutability.IMMUTABLE, Returned.DEFAULT))
                  .multi()));

  public static final ResourceTypeDefinition USER_TYPE =
      new ResourceTypeDefinition(
          "User", "/Users", "User Account", USER_SCHEMA, List.of(ENTERPRISE_USER_SCHEMA));
  public static final ResourceTypeDefinition GROUP_TYPE =
      new ResourceTypeDefinition("Group", "/Groups", "Group", GROUP_SCHEMA, List.of());

  public static final List<ResourceTypeDefinition> RESOURCE_TYPES = List.of(USER_TYPE, GROUP_TYPE);

  private ScimSchemas() {}
}
