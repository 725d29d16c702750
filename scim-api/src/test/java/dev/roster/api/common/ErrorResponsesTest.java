package dev.roster.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.scim.GroupSyncDisabledException;
import dev.roster.scim.error.UniquenessException;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Which dialect an error is answered in, and which failures are Roster's own. */
class ErrorResponsesTest {

  private static UriInfo path(String path) {
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getPath")) {
                return path;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void scimPathsGetTheScimDialectOthersTheAdminOne() {
    assertThat(ErrorResponses.isScim(path("scim/v2/Users"))).isTrue();
    assertThat(ErrorResponses.isScim(path("//SCIM/v2/Groups"))).isTrue();
    assertThat(ErrorResponses.isScim(path("api/admin/v1/users"))).isFalse();
    assertThat(ErrorResponses.isScim(path("api/platform/v1/organizations"))).isFalse();
    assertThat(ErrorResponses.isScim(path("scimx"))).isFalse();
  }

  @Test
  void withoutARequestTheDialectIsScimAsBulkNeeds() {
    assertThat(ErrorResponses.isScim(null)).isTrue();
  }

  @Test
  void aRosterErrorWrappedByTheContainerIsFoundAmongTheCauses() {
    UniquenessException taken = new UniquenessException("userName 'x' is already taken.");
    RuntimeException wrapped =
        new RuntimeException("rolled back", new IllegalStateException(taken));
    assertThat(ServerErrors.rosterCause(wrapped)).isSameAs(taken);
    assertThat(ServerErrors.rosterCause(new GroupSyncDisabledException()))
        .isInstanceOf(GroupSyncDisabledException.class);
    assertThat(ServerErrors.rosterCause(new IllegalStateException("boom"))).isNull();
  }
}
