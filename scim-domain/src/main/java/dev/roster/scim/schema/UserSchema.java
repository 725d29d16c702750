package dev.roster.scim.schema;

import static dev.roster.scim.schema.AttributeDefinition.complex;
import static dev.roster.scim.schema.AttributeDefinition.of;
import static dev.roster.scim.schema.AttributeDefinition.string;

import java.util.List;

/** RFC 7643 §4.1 User and §4.3 EnterpriseUser, as Roster supports them. */
final class UserSchema {
  private UserSchema() {}

  static SchemaDefinition core() {
    return new SchemaDefinition(
        ScimSchemas.USER,
        "User",
        "User Account",
        List.of(
            string("userName", "Unique identifier for the User, case-insensitive.")
                .requiredAttr()
                .unique("server"),
            complex(
                "name",
                "The components of the user's real name.",
                string("formatted", "The full name."),
                string("familyName", "The family name."),
                string("givenName", "The given name."),
                string("middleName", "The middle name(s)."),
                string("honorificPrefix", "Honorific prefix."),
                string("honorificSuffix", "Honorific suffix.")),
            string("displayName", "The name of the User, suitable for display."),
            string("nickName", "The casual way to address the user."),
            of("profileUrl", AttributeType.REFERENCE)
                .references("external")
                .describedAs("Profile."),
            string("title", "The user's title."),
            string("userType", "Organization-to-user relationship."),
            string("preferredLanguage", "Preferred written or spoken language."),
            string("locale", "Default location for localization."),
            string("timezone", "Time zone in IANA format."),
            of("active", AttributeType.BOOLEAN).describedAs("Whether the user may sign in."),
            string("password", "Write-only; stored hashed, never returned.")
                .with(Mutability.WRITE_ONLY, Returned.NEVER),
            multi("emails", "Email addresses.", "work", "home", "other"),
            multi("phoneNumbers", "Phone numbers.", "work", "home", "mobile", "fax", "pager"),
            multi("ims", "Instant messaging addresses.", "aim", "gtalk", "icq", "xmpp", "skype"),
            multi("photos", "URLs of photos.", "photo", "thumbnail"),
            complex(
                    "addresses",
                    "Physical mailing addresses.",
                    string("formatted", ""),
                    string("streetAddress", ""),
                    string("locality", ""),
                    string("region", ""),
                    string("postalCode", ""),
                    string("country", ""),
                    string("type", "").canonical("work", "home", "other"),
                    of("primary", AttributeType.BOOLEAN))
                .multi(),
            complex(
                    "groups",
                    "Groups the user belongs to; managed through /Groups.",
                    string("value", "").exact().with(Mutability.READ_ONLY, Returned.DEFAULT),
                    of("$ref", AttributeType.REFERENCE)
                        .references("Group")
                        .exact()
                        .with(Mutability.READ_ONLY, Returned.DEFAULT),
                    string("display", "").with(Mutability.READ_ONLY, Returned.DEFAULT),
                    string("type", "")
                        .canonical("direct")
                        .with(Mutability.READ_ONLY, Returned.DEFAULT))
                .multi()
                .with(Mutability.READ_ONLY, Returned.DEFAULT),
            multi("entitlements", "Entitlements."),
            multi("roles", "Roles; mapped onto Roster roles by the organization's role mappings."),
            complex(
                    "x509Certificates",
                    "DER-encoded X.509 certificates.",
                    of("value", AttributeType.BINARY),
                    string("display", ""),
                    string("type", ""),
                    of("primary", AttributeType.BOOLEAN))
                .multi()));
  }

  static SchemaDefinition enterprise() {
    return new SchemaDefinition(
        ScimSchemas.ENTERPRISE_USER,
        "EnterpriseUser",
        "Enterprise User",
        List.of(
            string("employeeNumber", "Numeric or alphanumeric identifier."),
            string("costCenter", "Cost center."),
            string("organization", "Organization."),
            string("division", "Division."),
            string("department", "Department."),
            complex(
                "manager",
                "The user's manager.",
                string("value", "The id of the manager's User.").exact(),
                of("$ref", AttributeType.REFERENCE).references("User").exact(),
                string("displayName", "The manager's display name, as the client sent it."))));
  }

  private static AttributeDefinition multi(String name, String description, String... types) {
    return complex(
            name,
            description,
            string("value", ""),
            string("display", ""),
            string("type", "").canonical(types),
            of("primary", AttributeType.BOOLEAN))
        .multi();
  }
}
