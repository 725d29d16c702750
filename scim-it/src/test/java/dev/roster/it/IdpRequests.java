package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the IdP sequences share: query strings as IdPs encode them, and what clients read back. */
final class IdpRequests {
  static final String SCIM_JSON_UTF8 = "application/scim+json; charset=utf-8";
  static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  private IdpRequests() {}

  /**
   * Entra's PATCH adding an app role (AppRoleAssignmentsComplex mapped to roles): the role arrives
   * as a JSON string inside {@code value}, unlike its POST, which sends ordinary role objects.
   */
  static String entraAppRoleAdd(String appRoleId, String value, String displayName) {
    String role =
        "{\\\"id\\\":\\\""
            + appRoleId
            + "\\\",\\\"value\\\":\\\""
            + value
            + "\\\",\\\"displayName\\\":\\\""
            + displayName
            + "\\\"}";
    return "[{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":\"" + role + "\"}]}]";
  }

  /** Entra without its aadOptscim062020 flag: the manager as path "manager", a one-item array. */
  static String entraManagerAdd(String managerId) {
    return "[{\"op\":\"Add\",\"path\":\"manager\",\"value\":[{\"$ref\":null,\"value\":\""
        + managerId
        + "\"}]}]";
  }

  /** {@code ?filter=...} with the filter percent-encoded, spaces as {@code %20} (not '+'). */
  static String filter(String f) {
    return "?filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A ListResponse with exactly {@code total} results, as every IdP's existence check reads it. */
  static JsonObject assertList(Http.Response r, int total) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject body = r.json();
    assertThat(body.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(body.getInt("totalResults")).as(r.toString()).isEqualTo(total);
    assertThat(body.getJsonArray("Resources")).as(r.toString()).hasSize(total);
    return body;
  }

  /** The single resource of a ListResponse of one. */
  static JsonObject only(Http.Response r) {
    return assertList(r, 1).getJsonArray("Resources").getJsonObject(0);
  }

  /** A 201 with the id, a Location that names it, and a meta.version equal to the ETag. */
  static JsonObject assertCreated(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject body = r.json();
    String id = body.getString("id");
    assertThat(r.header("Location")).endsWith("/" + id);
    assertThat(body.getJsonObject("meta").getString("location")).isEqualTo(r.header("Location"));
    assertThat(body.getJsonObject("meta").getString("version")).isEqualTo(r.header("ETag"));
    return body;
  }

  /** An RFC 7644 §3.12 error body. */
  static void assertScimError(Http.Response r, int status, String scimType) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    JsonObject body = r.json();
    assertThat(body.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(body.getString("status")).isEqualTo(String.valueOf(status));
    if (scimType != null) {
      assertThat(body.getString("scimType")).as(r.toString()).isEqualTo(scimType);
    }
  }

  /** The member ids of a group as GET /Groups/{id} shows them. */
  static java.util.List<String> memberIds(ScimClient client, String groupId) {
    JsonObject group = client.get("/Groups/" + groupId).json();
    if (!group.containsKey("members")) {
      return java.util.List.of();
    }
    return group.getJsonArray("members").stream()
        .map(m -> m.asJsonObject().getString("value"))
        .toList();
  }
}
