package dev.roster.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ValidationException;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {
  private static final UUID ORG = UUID.fromString("1d3c9a7e-2f6b-4c8d-a1e0-5b7f9c3d2e10");
  private static final Instant CREATED = Instant.parse("2026-02-01T08:00:00Z");

  private static User user(UserStatus status, boolean active) {
    return new User(
        UUID.randomUUID(),
        ORG,
        "bjensen@example.com",
        "ext-1",
        "Barbara Jensen",
        "bjensen@example.com",
        "Barbara",
        "Jensen",
        active,
        status,
        RoleDecision.byDefault(Role.VIEWER),
        true,
        null,
        "{}",
        List.of("viewer"),
        CREATED,
        CREATED,
        7);
  }

  private static User activeUser() {
    return user(UserStatus.ACTIVE, true);
  }

  @Nested
  class ApplyIdpActive {
    @ParameterizedTest(name = "{0}, active={1}, autoActivate={2} -> {3}")
    @CsvSource({
      // The IdP deactivates: the user becomes INACTIVE, except a LOCKED one, who stays LOCKED so
      // that a deactivate-then-reactivate from the IdP cannot unlock without an admin.
      "ACTIVE,   true,  true,  false, INACTIVE",
      "ACTIVE,   true,  false, false, INACTIVE",
      "PENDING,  true,  true,  false, INACTIVE",
      "LOCKED,   true,  true,  false, LOCKED",
      "INACTIVE, false, true,  false, INACTIVE",
      // The IdP reactivates an INACTIVE user: ACTIVE with auto-activate, PENDING without.
      "INACTIVE, false, true,  true,  ACTIVE",
      "INACTIVE, false, false, true,  PENDING",
      // active=true does not change any other status: PENDING and LOCKED still wait for an admin.
      "PENDING,  false, true,  true,  PENDING",
      "PENDING,  true,  false, true,  PENDING",
      "LOCKED,   true,  true,  true,  LOCKED",
      "LOCKED,   false, false, true,  LOCKED",
      "ACTIVE,   true,  false, true,  ACTIVE",
      "ACTIVE,   false, true,  true,  ACTIVE"
    })
    void movesTheStatusAndMirrorsTheIdpFlag(
        UserStatus from,
        boolean activeBefore,
        boolean autoActivate,
        boolean idpActive,
        UserStatus expected) {
      User u = user(from, activeBefore);

      u.applyIdpActive(idpActive, autoActivate);

      assertThat(u.status()).isEqualTo(expected);
      assertThat(u.active()).isEqualTo(idpActive);
    }

    @Test
    void theIdpCannotUnlockALockedUserByDeactivatingAndReactivating() {
      User u = user(UserStatus.LOCKED, false);

      u.applyIdpActive(false, true);
      u.applyIdpActive(true, true);

      assertThat(u.status()).isEqualTo(UserStatus.LOCKED);
    }

    @Test
    void aReactivatedUserWithoutAutoActivateStaysPendingWhenTheIdpRepeatsActive() {
      User u = user(UserStatus.INACTIVE, false);

      u.applyIdpActive(true, false);
      u.applyIdpActive(true, true);

      assertThat(u.status()).isEqualTo(UserStatus.PENDING);
    }

    @Test
    void changesNeitherProfileRoleNorVersion() {
      User u = activeUser();

      u.applyIdpActive(false, true);

      assertThat(u.userName()).isEqualTo("bjensen@example.com");
      assertThat(u.role()).isEqualTo(Role.VIEWER);
      assertThat(u.scimManaged()).isTrue();
      assertThat(u.version()).isEqualTo(7);
      assertThat(u.lastModifiedAt()).isEqualTo(CREATED);
    }
  }

  @Nested
  class ActivateByAdmin {
    @ParameterizedTest
    @EnumSource(UserStatus.class)
    void letsThePersonInFromAnyStatus(UserStatus from) {
      User u = user(from, from == UserStatus.ACTIVE);

      u.activateByAdmin();

      assertThat(u.status()).isEqualTo(UserStatus.ACTIVE);
      assertThat(u.active()).isTrue();
    }

    @Test
    void anActivatedUserIsDeactivatedAgainByTheIdp() {
      User u = user(UserStatus.PENDING, true);
      u.activateByAdmin();

      u.applyIdpActive(false, true);

      assertThat(u.status()).isEqualTo(UserStatus.INACTIVE);
      assertThat(u.active()).isFalse();
    }
  }

  @Nested
  class UpdateProfile {
    private static void update(User u, String userName, String email) {
      u.updateProfile(
          userName, "ext-2", "B. Jensen", email, "Babs", "Jensen-Smith", "{\"x\":1}", null);
    }

    @Test
    void replacesEveryProfileField() {
      User u = activeUser();

      u.updateProfile(
          "babs",
          "ext-2",
          "B. Jensen",
          "babs@example.com",
          "Babs",
          "Smith",
          "{\"a\":1}",
          List.of("editor", "admin"));

      assertThat(u.userName()).isEqualTo("babs");
      assertThat(u.externalId()).isEqualTo("ext-2");
      assertThat(u.displayName()).isEqualTo("B. Jensen");
      assertThat(u.email()).isEqualTo("babs@example.com");
      assertThat(u.givenName()).isEqualTo("Babs");
      assertThat(u.familyName()).isEqualTo("Smith");
      assertThat(u.scimAttributes()).isEqualTo("{\"a\":1}");
      assertThat(u.idpRoles()).containsExactly("editor", "admin");
    }

    @Test
    void optionalFieldsMayBeCleared() {
      User u = activeUser();

      u.updateProfile("bjensen", null, null, null, null, null, null, null);

      assertThat(u.externalId()).isNull();
      assertThat(u.displayName()).isNull();
      assertThat(u.email()).isNull();
      assertThat(u.givenName()).isNull();
      assertThat(u.familyName()).isNull();
      assertThat(u.scimAttributes()).isNull();
      assertThat(u.idpRoles()).isEmpty();
    }

    @Test
    void leavesStatusRoleAndVersionAlone() {
      User u = user(UserStatus.PENDING, true);

      update(u, "someone", "someone@example.com");

      assertThat(u.status()).isEqualTo(UserStatus.PENDING);
      assertThat(u.active()).isTrue();
      assertThat(u.role()).isEqualTo(Role.VIEWER);
      assertThat(u.version()).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "bjensen|bjensen",
          "'  bjensen  '|bjensen",
          "'\tBJensen\n'|BJensen",
          "'Barbara Jensen'|Barbara Jensen"
        })
    void theUserNameIsTrimmedButKeepsItsCase(String given, String stored) {
      User u = activeUser();

      update(u, given, null);

      assertThat(u.userName()).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t \n"})
    void theUserNameIsRequiredAndARefusalChangesNothing(String userName) {
      User u = activeUser();

      assertThatThrownBy(() -> update(u, userName, "new@example.com"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("userName is required");
      assertThat(u.userName()).isEqualTo("bjensen@example.com");
      assertThat(u.email()).isEqualTo("bjensen@example.com");
      assertThat(u.externalId()).isEqualTo("ext-1");
    }

    @Test
    void theUserNameMayHave300CharactersButNotMore() {
      User u = activeUser();
      String longest = "u".repeat(300);

      update(u, longest, null);
      assertThat(u.userName()).isEqualTo(longest);

      assertThatThrownBy(() -> update(u, longest + "u", null))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("300");
      assertThat(u.userName()).isEqualTo(longest);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "bjensen@example.com|bjensen@example.com",
          "BJensen@Example.COM|bjensen@example.com",
          "'  bjensen@example.com  '|bjensen@example.com",
          "' BJENSEN@EXAMPLE.COM\t'|bjensen@example.com"
        })
    void theEmailIsTrimmedAndLowercased(String given, String stored) {
      User u = activeUser();

      update(u, "bjensen", given);

      assertThat(u.email()).isEqualTo(stored);
    }

    @Test
    void theIdpRolesAreACopyThatCannotBeChangedFromOutside() {
      User u = activeUser();
      List<String> roles = new ArrayList<>(List.of("editor"));

      u.updateProfile("bjensen", null, null, null, null, null, null, roles);
      roles.add("admin");

      assertThat(u.idpRoles()).containsExactly("editor");
      assertThatThrownBy(() -> u.idpRoles().add("admin"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class NormalizeEmail {
    @Test
    void nullStaysNull() {
      assertThat(User.normalizeEmail(null)).isNull();
    }

    @Test
    void lowercasesTheLetterIAlsoUnderATurkishDefaultLocale() {
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        assertThat(User.normalizeEmail("ADMIN@EXAMPLE.COM")).isEqualTo("admin@example.com");
      } finally {
        Locale.setDefault(before);
      }
    }
  }

  @Nested
  class Touch {
    @Test
    void incrementsTheVersionAndRecordsTheInstant() {
      User u = activeUser();
      Instant now = CREATED.plusSeconds(90);

      u.touch(now);

      assertThat(u.version()).isEqualTo(8);
      assertThat(u.lastModifiedAt()).isEqualTo(now);
      assertThat(u.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void everyTouchIsANewVersion() {
      User u = activeUser();

      u.touch(CREATED.plusSeconds(1));
      u.touch(CREATED.plusSeconds(2));
      u.touch(CREATED.plusSeconds(2));

      assertThat(u.version()).isEqualTo(10);
      assertThat(u.lastModifiedAt()).isEqualTo(CREATED.plusSeconds(2));
    }
  }

  @Nested
  class ChangeRole {
    @Test
    void replacesTheDecision() {
      User u = activeUser();

      u.changeRole(RoleDecision.byDefault(Role.EDITOR));

      assertThat(u.role()).isEqualTo(Role.EDITOR);
      assertThat(u.roleDecision()).isEqualTo(RoleDecision.byDefault(Role.EDITOR));
    }

    @Test
    void aUserAlwaysHasARoleDecision() {
      User u = activeUser();

      assertThatThrownBy(() -> u.changeRole(null)).isInstanceOf(NullPointerException.class);
      assertThat(u.role()).isEqualTo(Role.VIEWER);
    }
  }

  @Nested
  class LocalAdmin {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void isAnActiveLocalAdminWithAHashedPassword() {
      User u = User.localAdmin(ORG, "  Admin@Example.COM ", PASSWORD, CREATED);

      assertThat(u.organizationId()).isEqualTo(ORG);
      assertThat(u.email()).isEqualTo("admin@example.com");
      assertThat(u.userName()).isEqualTo("Admin@Example.COM");
      assertThat(u.status()).isEqualTo(UserStatus.ACTIVE);
      assertThat(u.active()).isTrue();
      assertThat(u.role()).isEqualTo(Role.ADMIN);
      assertThat(u.roleDecision()).isEqualTo(RoleDecision.byDefault(Role.ADMIN));
      assertThat(u.scimManaged()).isFalse();
      assertThat(u.idpRoles()).isEmpty();
      assertThat(u.version()).isEqualTo(1);
      assertThat(u.createdAt()).isEqualTo(CREATED);
      assertThat(u.lastModifiedAt()).isEqualTo(CREATED);
      assertThat(u.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain(PASSWORD);
      assertThat(PasswordHasher.matches(PASSWORD, u.passwordHash())).isTrue();
    }

    @Test
    void acceptsAPasswordOfExactly12Characters() {
      User u = User.localAdmin(ORG, "admin@example.com", "123456789012", CREATED);

      assertThat(u.passwordHash()).startsWith("pbkdf2-sha256$");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "12345678901", "           "})
    void refusesPasswordsShorterThan12Characters(String password) {
      assertThatThrownBy(() -> User.localAdmin(ORG, "admin@example.com", password, CREATED))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("12 characters");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void requiresAnEmail(String email) {
      assertThatThrownBy(() -> User.localAdmin(ORG, email, PASSWORD, CREATED))
          .isInstanceOf(ValidationException.class);
    }
  }

  @Nested
  class Construction {
    @Test
    void aStoredUserKeepsWhatItWasGiven() {
      User u = activeUser();

      assertThat(u.organizationId()).isEqualTo(ORG);
      assertThat(u.status()).isEqualTo(UserStatus.ACTIVE);
      assertThat(u.version()).isEqualTo(7);
      assertThat(u.idpRoles()).containsExactly("viewer");
    }

    @Test
    void requiresIdOrganizationStatusRoleAndInstants() {
      UUID id = UUID.randomUUID();
      RoleDecision role = RoleDecision.byDefault(Role.VIEWER);
      UserStatus s = UserStatus.ACTIVE;
      assertThatThrownBy(() -> make(null, ORG, s, role, CREATED, CREATED))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> make(id, null, s, role, CREATED, CREATED))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> make(id, ORG, null, role, CREATED, CREATED))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> make(id, ORG, s, null, CREATED, CREATED))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> make(id, ORG, s, role, null, CREATED))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> make(id, ORG, s, role, CREATED, null))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullIdpRolesBecomeAnEmptyList() {
      User u =
          new User(
              UUID.randomUUID(),
              ORG,
              "x",
              null,
              null,
              null,
              null,
              null,
              true,
              UserStatus.ACTIVE,
              RoleDecision.byDefault(Role.VIEWER),
              false,
              null,
              null,
              null,
              CREATED,
              CREATED,
              1);

      assertThat(u.idpRoles()).isEmpty();
    }

    private static User make(
        UUID id,
        UUID org,
        UserStatus status,
        RoleDecision role,
        Instant created,
        Instant modified) {
      return new User(
          id, org, "x", null, null, null, null, null, true, status, role, false, null, null,
          List.of(), created, modified, 1);
    }
  }

  @Nested
  class IsActiveAdmin {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
      "ACTIVE,   ADMIN,  true",
      "ACTIVE,   EDITOR, false",
      "ACTIVE,   VIEWER, false",
      "INACTIVE, ADMIN,  false",
      "PENDING,  ADMIN,  false",
      "LOCKED,   ADMIN,  false"
    })
    void onlyAnActiveUserWithTheAdminRoleCounts(UserStatus status, Role role, boolean expected) {
      User u = user(status, status == UserStatus.ACTIVE);
      u.changeRole(RoleDecision.byDefault(role));

      assertThat(u.isActiveAdmin()).isEqualTo(expected);
    }
  }
}
