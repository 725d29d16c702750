package dev.roster.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrganizationTagsTest {

  @Test
  void theFirstOrganizationsUpToTheLimitKeepTheirSlug() {
    OrganizationTags tags = new OrganizationTags(2);
    assertThat(tags.tag("acme")).isEqualTo("acme");
    assertThat(tags.tag("globex")).isEqualTo("globex");
    assertThat(tags.tag("initech")).isEqualTo(OrganizationTags.OTHER);
  }

  @Test
  void anAdmittedOrganizationKeepsItsSlugAfterTheLimitIsReached() {
    OrganizationTags tags = new OrganizationTags(1);
    tags.tag("acme");
    tags.tag("globex");
    assertThat(tags.tag("acme")).isEqualTo("acme");
    assertThat(tags.tag("globex")).isEqualTo(OrganizationTags.OTHER);
  }

  @Test
  void noOrganizationHasItsOwnTagAndTakesNoPlace() {
    OrganizationTags tags = new OrganizationTags(1);
    assertThat(tags.tag(null)).isEqualTo(OrganizationTags.NONE);
    assertThat(tags.tag("acme")).isEqualTo("acme");
  }

  @Test
  void aLimitOfZeroGroupsEveryOrganization() {
    assertThat(new OrganizationTags(0).tag("acme")).isEqualTo(OrganizationTags.OTHER);
    assertThatThrownBy(() -> new OrganizationTags(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theOverflowTagCannotBeAnOrganizationsSlug() {
    // Slugs are lowercase letters, digits and inner hyphens (Organization.requireSlug).
    assertThat(OrganizationTags.OTHER).doesNotMatch("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    assertThat(OrganizationTags.NONE).doesNotMatch("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  }

  /** Many threads seeing many organizations at once: never more distinct tags than the limit. */
  @Test
  void concurrentCallersNeverAdmitMoreThanTheLimit() {
    OrganizationTags tags = new OrganizationTags(100);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(tags.tag("org-" + (i % 1_000))));
    Set<String> own = new HashSet<>(seen);
    own.remove(OrganizationTags.OTHER);
    assertThat(own).hasSize(100);
    assertThat(seen).contains(OrganizationTags.OTHER);
    List<String> again = own.stream().map(tags::tag).toList();
    assertThat(again).containsExactlyInAnyOrderElementsOf(own);
  }
}
