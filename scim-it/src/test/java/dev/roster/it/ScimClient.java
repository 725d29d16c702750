package dev.roster.it;

/** Drives the SCIM API of one test organization, as an IdP would. */
final class ScimClient {
  static final String SCIM = "/scim/v2";
  final Fixtures.ScimTenant tenant;

  ScimClient(Fixtures.ScimTenant tenant) {
    this.tenant = tenant;
  }

  static ScimClient newTenant() {
    return new ScimClient(Fixtures.scimTenant());
  }

  Http.Response get(String path, String... headers) {
    return Http.send("GET", SCIM + path, null, with(headers));
  }

  Http.Response post(String path, String json, String... headers) {
    return Http.send("POST", SCIM + path, json, withJson(headers));
  }

  Http.Response put(String path, String json, String... headers) {
    return Http.send("PUT", SCIM + path, json, withJson(headers));
  }

  Http.Response patch(String path, String json, String... headers) {
    return Http.send("PATCH", SCIM + path, json, withJson(headers));
  }

  Http.Response delete(String path, String... headers) {
    return Http.send("DELETE", SCIM + path, null, with(headers));
  }

  /** Creates a user and returns its id. */
  String createUser(String userName) {
    return createUser(userName, "");
  }

  String createUser(String userName, String moreJson) {
    Http.Response r =
        post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\""
                + (moreJson.isEmpty() ? "" : "," + moreJson)
                + "}");
    if (r.status() != 201) {
      throw new AssertionError("create user failed: " + r);
    }
    return r.json().getString("id");
  }

  String createGroup(String displayName, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String id : memberIds) {
      members
          .append(members.length() == 0 ? "" : ",")
          .append("{\"value\":\"")
          .append(id)
          .append("\"}");
    }
    Http.Response r =
        post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\""
                + displayName
                + "\",\"members\":["
                + members
                + "]}");
    if (r.status() != 201) {
      throw new AssertionError("create group failed: " + r);
    }
    return r.json().getString("id");
  }

  static String patchOps(String operationsJson) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + operationsJson
        + "}";
  }

  private String[] with(String[] headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = tenant.auth();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return all;
  }

  private String[] withJson(String[] headers) {
    boolean hasType = false;
    for (int i = 0; i < headers.length; i += 2) {
      hasType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (hasType) {
      return with(headers);
    }
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/scim+json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return with(all);
  }
}
