package dev.roster.domain.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignInCheckTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static SsoConfiguration sso(boolean active) {
    SsoConfiguration sso = SsoConfiguration.empty(ORG, NOW);
    sso.configure("https://idp.example", "roster", "secret", NOW);
    if (active) {
      sso.activate(NOW);
    }
    return sso;
  }

  private static User user(UserStatus status) {
    return new User(
        UUID.randomUUID(),
        ORG,
        "pat",
        null,
        "Pat",
        "pat@example.com",
        null,
        null,
        status == UserStatus.ACTIVE,
        status,
        RoleDecision.byDefault(Role.VIEWER),
        true,
        null,
        null,
        List.of(),
        NOW,
        NOW,
        1);
  }

  @Test
  void nothingIsWrongForAnActiveUserWithActiveSso() {
    assertThat(SignInCheck.problems(sso(true), "pat@example.com", user(UserStatus.ACTIVE)))
        .isEmpty();
  }

  @Test
  void ssoNotSetUpOrNotActiveIsAProblem() {
    assertThat(SignInCheck.problems(null, "pat@example.com", user(UserStatus.ACTIVE)))
        .singleElement()
        .asString()
        .startsWith("Single sign-on is not set up");
    assertThat(SignInCheck.problems(sso(false), "pat@example.com", user(UserStatus.ACTIVE)))
        .singleElement()
        .asString()
        .contains("https://idp.example")
        .contains("not active");
  }

  @Test
  void noUserTellsTheAdminToAskItToAssignTheApplication() {
    assertThat(SignInCheck.problems(sso(true), "kim@example.com", null))
        .singleElement()
        .asString()
        .contains("'kim@example.com'")
        .contains("assign them the application in the IdP");
  }

  @ParameterizedTest
  @EnumSource(
      value = UserStatus.class,
      names = {"INACTIVE", "PENDING", "LOCKED"})
  void everyStatusButActiveIsAProblemThatNamesIt(UserStatus status) {
    assertThat(SignInCheck.problems(sso(true), "pat@example.com", user(status)))
        .singleElement()
        .asString()
        .startsWith("The user is " + status + ":");
  }

  @Test
  void problemsAddUp() {
    assertThat(SignInCheck.problems(sso(false), "pat@example.com", user(UserStatus.LOCKED)))
        .hasSize(2);
  }

  @Test
  void theSignInIsRefusedForTheSameReasonsTheAdminIsShown() {
    assertThat(SignInCheck.refusal(sso(true), user(UserStatus.ACTIVE))).isEmpty();
    assertThat(SignInCheck.refusal(null, user(UserStatus.ACTIVE)))
        .contains(SignInRefusal.SSO_NOT_ACTIVE);
    assertThat(SignInCheck.refusal(sso(false), user(UserStatus.ACTIVE)))
        .contains(SignInRefusal.SSO_NOT_ACTIVE);
    assertThat(SignInCheck.refusal(sso(true), null)).contains(SignInRefusal.NO_SUCH_USER);
    for (UserStatus status : UserStatus.values()) {
      boolean refused = SignInCheck.refusal(sso(true), user(status)).isPresent();
      boolean problem = !SignInCheck.problems(sso(true), "pat@example.com", user(status)).isEmpty();
      assertThat(refused).as(status.name()).isEqualTo(problem);
    }
    assertThat(SignInCheck.refusal(sso(true), user(UserStatus.PENDING)))
        .contains(SignInRefusal.PENDING);
  }

  @Test
  void eachRefusalTellsThePersonWhatToDo() {
    assertThat(SignInRefusal.NO_SUCH_USER.personMessage("https://login.example"))
        .contains("ask your IT admin to assign you to the application in https://login.example");
    for (SignInRefusal refusal : SignInRefusal.values()) {
      assertThat(refusal.personMessage("idp")).isNotBlank();
    }
  }
}
