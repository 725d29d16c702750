package dev.roster.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ConflictException;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.role.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

  /** A fresh organization, as the bootstrap creates it: no IdP, no default role, SCIM off. */
  private static Organization fresh() {
    return Organization.create("acme", "Acme", NOW);
  }

  /** An organization with every setting SCIM needs, SCIM still off. */
  private static Organization ready() {
    Organization org = fresh();
    org.changeSettings(IdentityProvider.OKTA, Role.VIEWER, true, true);
    return org;
  }

  private static Organization scimEnabled() {
    Organization org = ready();
    org.enableScim(true);
    return org;
  }

  @Nested
  class Creation {
    @Test
    void aNewOrganizationHasAutoActivateAndGroupSyncOnButNoRoleNoIdpAndScimOff() {
      Organization org = Organization.create("acme", "  Acme Corp  ", NOW);

      assertThat(org.id()).isNotNull();
      assertThat(org.slug()).isEqualTo("acme");
      assertThat(org.name()).isEqualTo("Acme Corp");
      assertThat(org.createdAt()).isEqualTo(NOW);
      assertThat(org.autoActivateUsers()).isTrue();
      assertThat(org.syncGroups()).isTrue();
      assertThat(org.defaultRole()).isNull();
      assertThat(org.identityProvider()).isNull();
      assertThat(org.scimEnabled()).isFalse();
    }

    @Test
    void eachNewOrganizationGetsItsOwnId() {
      assertThat(fresh().id()).isNotEqualTo(fresh().id());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "a",
          "7",
          "acme",
          "acme-corp",
          "a-b-c",
          "team42",
          "a1234567890123456789012345678901234567890123456789012345678901b"
        })
    void acceptsLowercaseSlugsWithInnerHyphensUpTo64Characters(String slug) {
      assertThat(Organization.create(slug, "Acme", NOW).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
        strings = {
          "",
          " ",
          "Acme",
          "ACME",
          "-acme",
          "acme-",
          "acme corp",
          " acme",
          "acme_corp",
          "acme.corp",
          "acmé",
          "a12345678901234567890123456789012345678901234567890123456789012bc"
        })
    void rejectsMalformedSlugs(String slug) {
      assertThatThrownBy(() -> Organization.create(slug, "Acme", NOW))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("slug");
    }

    @Test
    void theLongestSlugIs64Characters() {
      assertThatNoException().isThrownBy(() -> Organization.create("a".repeat(64), "Acme", NOW));
      assertThatThrownBy(() -> Organization.create("a".repeat(65), "Acme", NOW))
          .isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void rejectsAMissingName(String name) {
      assertThatThrownBy(() -> Organization.create("acme", name, NOW))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("name");
    }

    @Test
    void theNameMayHave200CharactersAfterTrimmingButNotMore() {
      String longest = "n".repeat(200);

      assertThat(Organization.create("acme", "  " + longest + "  ", NOW).name()).isEqualTo(longest);
      assertThatThrownBy(() -> Organization.create("acme", longest + "n", NOW))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    void requiresAnIdAndACreationInstant() {
      assertThatThrownBy(
              () -> new Organization(null, "acme", "Acme", NOW, null, null, true, true, false))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(
              () ->
                  new Organization(
                      UUID.randomUUID(), "acme", "Acme", null, null, null, true, true, false))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class EnableBlockers {
    @Test
    void aFreshOrganizationWithoutSsoIsBlockedByEverythingInOrder() {
      assertThat(fresh().enableBlockers(false))
          .containsExactly(
              EnableBlocker.SSO_NOT_ACTIVE,
              EnableBlocker.DEFAULT_ROLE_MISSING,
              EnableBlocker.IDENTITY_PROVIDER_MISSING);
    }

    @Test
    void inactiveSsoAloneBlocks() {
      assertThat(ready().enableBlockers(false)).containsExactly(EnableBlocker.SSO_NOT_ACTIVE);
    }

    @Test
    void aMissingDefaultRoleAloneBlocks() {
      Organization org = fresh();
      org.changeSettings(IdentityProvider.ENTRA_ID, null, true, true);

      assertThat(org.enableBlockers(true)).containsExactly(EnableBlocker.DEFAULT_ROLE_MISSING);
    }

    @Test
    void aMissingIdentityProviderAloneBlocks() {
      Organization org = fresh();
      org.changeSettings(null, Role.EDITOR, true, true);

      assertThat(org.enableBlockers(true)).containsExactly(EnableBlocker.IDENTITY_PROVIDER_MISSING);
    }

    @Test
    void nothingBlocksWhenSsoIsActiveAndRoleAndIdpAreChosen() {
      assertThat(ready().enableBlockers(true)).isEmpty();
    }

    @Test
    void autoActivateAndGroupSyncDoNotMatter() {
      Organization org = fresh();
      org.changeSettings(IdentityProvider.OTHER, Role.ADMIN, false, false);

      assertThat(org.enableBlockers(true)).isEmpty();
    }

    @Test
    void listingBlockersChangesNothing() {
      Organization org = fresh();

      org.enableBlockers(false);

      assertThat(org.scimEnabled()).isFalse();
      assertThat(org.enableBlockers(true))
          .containsExactly(
              EnableBlocker.DEFAULT_ROLE_MISSING, EnableBlocker.IDENTITY_PROVIDER_MISSING);
    }

    @Test
    void everyBlockerExplainsItselfToTheAdmin() {
      for (EnableBlocker blocker : EnableBlocker.values()) {
        assertThat(blocker.description()).as(blocker.name()).isNotBlank();
      }
    }
  }

  @Nested
  class EnableScim {
    @Test
    void enablesWhenNothingBlocks() {
      Organization org = ready();

      org.enableScim(true);

      assertThat(org.scimEnabled()).isTrue();
    }

    @Test
    void refusesWhileSsoIsInactiveAndStaysDisabled() {
      Organization org = ready();

      assertThatThrownBy(() -> org.enableScim(false))
          .isInstanceOfSatisfying(
              ProvisioningBlockedException.class,
              e -> assertThat(e.blockers()).containsExactly(EnableBlocker.SSO_NOT_ACTIVE));
      assertThat(org.scimEnabled()).isFalse();
    }

    @Test
    void reportsEveryBlockerAtOnceWithTheirDescriptions() {
      Organization org = fresh();

      assertThatThrownBy(() -> org.enableScim(false))
          .isInstanceOfSatisfying(
              ProvisioningBlockedException.class,
              e -> {
                assertThat(e.blockers())
                    .containsExactly(
                        EnableBlocker.SSO_NOT_ACTIVE,
                        EnableBlocker.DEFAULT_ROLE_MISSING,
                        EnableBlocker.IDENTITY_PROVIDER_MISSING);
                assertThat(e.getMessage())
                    .contains(EnableBlocker.SSO_NOT_ACTIVE.description())
                    .contains(EnableBlocker.DEFAULT_ROLE_MISSING.description())
                    .contains(EnableBlocker.IDENTITY_PROVIDER_MISSING.description());
              });
      assertThat(org.scimEnabled()).isFalse();
    }

    @Test
    void aBlockedEnableIsAConflictNotAValidationError() {
      assertThatThrownBy(() -> fresh().enableScim(true))
          .isInstanceOf(ConflictException.class)
          .isNotInstanceOf(ValidationException.class);
    }

    @Test
    void theReportedBlockersCannotBeChangedByTheCaller() {
      ProvisioningBlockedException e =
          new ProvisioningBlockedException(new ArrayList<>(List.of(EnableBlocker.SSO_NOT_ACTIVE)));

      assertThatThrownBy(() -> e.blockers().add(EnableBlocker.DEFAULT_ROLE_MISSING))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void enablingTwiceIsHarmless() {
      Organization org = scimEnabled();

      org.enableScim(true);

      assertThat(org.scimEnabled()).isTrue();
    }

    @Test
    void anEnabledOrganizationStillReportsInactiveSso() {
      assertThat(scimEnabled().enableBlockers(false)).containsExactly(EnableBlocker.SSO_NOT_ACTIVE);
    }
  }

  @Nested
  class DisableScim {
    @Test
    void turnsScimOffAndKeepsTheSettings() {
      Organization org = scimEnabled();

      org.disableScim();

      assertThat(org.scimEnabled()).isFalse();
      assertThat(org.defaultRole()).isEqualTo(Role.VIEWER);
      assertThat(org.identityProvider()).isEqualTo(IdentityProvider.OKTA);
    }

    @Test
    void disablingAnOrganizationThatIsNotEnabledIsHarmless() {
      Organization org = fresh();

      org.disableScim();

      assertThat(org.scimEnabled()).isFalse();
    }

    @Test
    void canBeEnabledAgainAfterDisabling() {
      Organization org = scimEnabled();
      org.disableScim();

      org.enableScim(true);

      assertThat(org.scimEnabled()).isTrue();
    }

    @Test
    void afterDisablingTheRoleAndIdpMayBeClearedAgain() {
      Organization org = scimEnabled();
      org.disableScim();

      org.changeSettings(null, null, true, true);

      assertThat(org.defaultRole()).isNull();
      assertThat(org.identityProvider()).isNull();
    }
  }

  @Nested
  class ChangeSettings {
    @Test
    void storesEverySettingWhileScimIsOff() {
      Organization org = fresh();

      org.changeSettings(IdentityProvider.GOOGLE_WORKSPACE, Role.EDITOR, false, false);

      assertThat(org.identityProvider()).isEqualTo(IdentityProvider.GOOGLE_WORKSPACE);
      assertThat(org.defaultRole()).isEqualTo(Role.EDITOR);
      assertThat(org.autoActivateUsers()).isFalse();
      assertThat(org.syncGroups()).isFalse();
    }

    @Test
    void whileScimIsOffRoleAndIdpMayBeCleared() {
      Organization org = ready();

      org.changeSettings(null, null, true, false);

      assertThat(org.identityProvider()).isNull();
      assertThat(org.defaultRole()).isNull();
      assertThat(org.syncGroups()).isFalse();
    }

    @Test
    void storesEverySettingWhileScimIsOn() {
      Organization org = scimEnabled();

      org.changeSettings(IdentityProvider.JUMPCLOUD, Role.ADMIN, false, false);

      assertThat(org.identityProvider()).isEqualTo(IdentityProvider.JUMPCLOUD);
      assertThat(org.defaultRole()).isEqualTo(Role.ADMIN);
      assertThat(org.autoActivateUsers()).isFalse();
      assertThat(org.syncGroups()).isFalse();
      assertThat(org.scimEnabled()).isTrue();
    }

    @Test
    void whileScimIsOnTheDefaultRoleCannotBeClearedAndNothingChanges() {
      Organization org = scimEnabled();

      assertThatThrownBy(() -> org.changeSettings(IdentityProvider.ENTRA_ID, null, false, false))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("default role");
      assertThat(org.defaultRole()).isEqualTo(Role.VIEWER);
      assertThat(org.identityProvider()).isEqualTo(IdentityProvider.OKTA);
      assertThat(org.autoActivateUsers()).isTrue();
      assertThat(org.syncGroups()).isTrue();
    }

    @Test
    void whileScimIsOnTheIdentityProviderCannotBeClearedAndNothingChanges() {
      Organization org = scimEnabled();

      assertThatThrownBy(() -> org.changeSettings(null, Role.ADMIN, false, false))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("identity provider");
      assertThat(org.defaultRole()).isEqualTo(Role.VIEWER);
      assertThat(org.identityProvider()).isEqualTo(IdentityProvider.OKTA);
      assertThat(org.autoActivateUsers()).isTrue();
      assertThat(org.syncGroups()).isTrue();
    }

    @Test
    void aRefusedChangeLeavesScimEnabled() {
      Organization org = scimEnabled();

      assertThatThrownBy(() -> org.changeSettings(null, null, true, true))
          .isInstanceOf(ValidationException.class);
      assertThat(org.scimEnabled()).isTrue();
      assertThat(org.enableBlockers(true)).isEmpty();
    }
  }

  @Nested
  class EffectiveDefaultRole {
    @Test
    void isViewerWhileNoDefaultRoleIsChosen() {
      assertThat(fresh().defaultRole()).isNull();
      assertThat(fresh().effectiveDefaultRole()).isEqualTo(Role.VIEWER);
    }

    @Test
    void isTheChosenDefaultRole() {
      Organization org = fresh();
      org.changeSettings(IdentityProvider.OKTA, Role.EDITOR, true, true);

      assertThat(org.effectiveDefaultRole()).isEqualTo(Role.EDITOR);
    }
  }
}
