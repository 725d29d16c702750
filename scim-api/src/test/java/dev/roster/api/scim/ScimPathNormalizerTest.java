package dev.roster.api.scim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScimPathNormalizerTest {

  @Test
  void endpointNamesInAnyCaseBecomeCanonical() {
    assertThat(ScimPathNormalizer.canonicalPath("scim/v2/users")).isEqualTo("scim/v2/Users");
    assertThat(ScimPathNormalizer.canonicalPath("SCIM/V2/groups/abc"))
        .isEqualTo("scim/v2/Groups/abc");
    assertThat(ScimPathNormalizer.canonicalPath("scim/v2/serviceproviderconfig"))
        .isEqualTo("scim/v2/ServiceProviderConfig");
  }

  @Test
  void aTrailingSlashInTheConfiguredBaseUrlDoesNotBreakThePath() {
    assertThat(ScimPathNormalizer.canonicalPath("scim/v2//Users")).isEqualTo("scim/v2/Users");
    assertThat(ScimPathNormalizer.canonicalPath("scim/v2//users//abc"))
        .isEqualTo("scim/v2/Users/abc");
    assertThat(ScimPathNormalizer.canonicalPath("scim/v2/Users/")).isEqualTo("scim/v2/Users/");
  }

  @Test
  void otherPathsAreLeftAlone() {
    assertThat(ScimPathNormalizer.canonicalPath("api/admin/v1/users")).isNull();
    assertThat(ScimPathNormalizer.canonicalPath("scim/v2")).isNull();
  }
}
