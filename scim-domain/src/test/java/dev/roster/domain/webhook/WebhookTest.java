package dev.roster.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00Z");
  private static final UUID ORG = UUID.randomUUID();

  @Test
  void anOrganizationsEndpointGetsItsOwnEventsOfTheTypesItAsksFor() {
    Webhook hook =
        Webhook.create(
            ORG, "https://hooks.example", Set.of("user.created"), Set.of(), "s", CREATED);
    assertThat(hook.wants("user.created", ORG)).isTrue();
    assertThat(hook.wants("user.deleted", ORG)).isFalse();
    assertThat(hook.wants("user.created", UUID.randomUUID())).isFalse();
  }

  @Test
  void aNewEndpointReceivesEventsFromItsCreationOnOlderOnesOnlyByReplay() {
    Webhook hook = Webhook.create(null, "https://hooks.example", Set.of(), Set.of(), "s", CREATED);
    assertThat(hook.receives("user.created", ORG, CREATED)).isTrue();
    assertThat(hook.receives("user.created", ORG, CREATED.plusMillis(1))).isTrue();
    assertThat(hook.receives("user.created", ORG, CREATED.minusMillis(1))).isFalse();
    assertThat(hook.wants("user.created", ORG)).isTrue();
  }
}
