package dev.roster.api.scim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimOperationsTest {

  @ParameterizedTest
  @CsvSource({
    "POST, /scim/v2/Users, users.create",
    "GET, /scim/v2/Users, users.list",
    "GET, /scim/v2/Users/42, users.get",
    "PUT, /scim/v2/Users/42, users.replace",
    "PATCH, /scim/v2/Users/42, users.patch",
    "DELETE, /scim/v2/Users/42, users.delete",
    "POST, /scim/v2/Users/.search, users.search",
    "HEAD, /scim/v2/Users/42, users.other",
    "GET, /scim/v2/Groups, groups.list",
    "PATCH, /scim/v2/Groups/7, groups.patch",
    "POST, /scim/v2/Bulk, bulk",
    "POST, /scim/v2/.search, search",
    "GET, /scim/v2/ServiceProviderConfig, discovery",
    "GET, /scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User, discovery",
    "GET, /scim/v2/ResourceTypes, discovery",
    "GET, /scim/v2/Me, me",
    "GET, /scim/v2/Anything, unknown",
    // as ScimPathNormalizer accepts them: any case, repeated slashes, a trailing slash
    "GET, /SCIM/V2/users/42, users.get",
    "GET, /scim/v2//Users/, users.list",
    "GET, scim/v2/groups, groups.list",
  })
  void namesTheOperation(String method, String path, String operation) {
    assertThat(ScimOperations.of(method, path)).isEqualTo(operation);
  }

  @Test
  void otherPathsAreNotScim() {
    assertThat(ScimOperations.of("GET", "/api/admin/v1/users")).isNull();
    assertThat(ScimOperations.of("GET", "/")).isNull();
    assertThat(ScimOperations.of("GET", "/scim")).isNull();
  }
}
