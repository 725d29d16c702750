package dev.roster.api.webhook;

import dev.roster.application.common.Actor;
import dev.roster.application.webhook.CreatedWebhook;
import dev.roster.application.webhook.WebhookDeliveryService;
import dev.roster.application.webhook.WebhookService;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.webhook.WebhookDelivery;
import dev.roster.json.Json;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * The webhook operations, shared by the admin and platform resources, which only say who the caller
 * is ({@link #actor()}); each method converts input, makes one service call, converts output.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class WebhookEndpoints {
  @Inject WebhookService webhooks;
  @Inject WebhookDeliveryService deliveries;

  protected abstract Actor actor();

  /** {@code organizations} (slugs) is accepted where {@link #actor()} is the platform. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    JsonObject b = WebhookJson.body(body);
    CreatedWebhook created =
        webhooks.create(
            actor(),
            WebhookJson.requiredString(b, "url"),
            java.util.Set.copyOf(WebhookJson.strings(b, "eventTypes")),
            WebhookJson.strings(b, "organizations"));
    JsonObject entity =
        WebhookJson.webhook(created.webhook()).add("secret", created.secret()).build();
    return Response.status(201).entity(entity).header("Cache-Control", "no-store").build();
  }

  @GET
  public JsonValue list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    webhooks.list(actor()).forEach(w -> array.add(WebhookJson.webhook(w)));
    return array.build();
  }

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return WebhookJson.webhook(webhooks.get(actor(), uuid(id, "webhook"))).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    webhooks.delete(actor(), uuid(id, "webhook"));
    return Response.noContent().build();
  }

  /** Enables a webhook that was disabled after failing for the whole retry schedule. */
  @POST
  @Path("{id}/enable")
  public JsonObject enable(@PathParam("id") String id) {
    return WebhookJson.webhook(webhooks.enable(actor(), uuid(id, "webhook"))).build();
  }

  /** A new secret, shown once; the previous one still signs during the overlap. */
  @POST
  @Path("{id}/secret")
  public Response rotate(@PathParam("id") String id) {
    String secret = webhooks.rotateSecret(actor(), uuid(id, "webhook"));
    return Response.ok(Json.createObjectBuilder().add("secret", secret).build())
        .header("Cache-Control", "no-store")
        .build();
  }

  /** Newest first; pass the answer's {@code next} as {@code before} for the following page. */
  @GET
  @Path("{id}/deliveries")
  public JsonObject deliveries(
      @PathParam("id") String id,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("before") String before) {
    List<WebhookDelivery> page =
        deliveries.deliveries(actor(), uuid(id, "webhook"), sequence(before), limit);
    JsonArrayBuilder array = Json.createArrayBuilder();
    page.forEach(d -> array.add(WebhookJson.delivery(d)));
    var result = Json.createObjectBuilder().add("deliveries", array);
    if (page.isEmpty()) {
      result.addNull("next");
    } else {
      result.add("next", Long.toString(page.get(page.size() - 1).sequence()));
    }
    return result.build();
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  public Response redeliver(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    deliveries.redeliver(actor(), uuid(id, "webhook"), uuid(deliveryId, "delivery"));
    return Response.accepted().build();
  }

  /** {@code {"after": position}}: queues every later event this webhook wants. */
  @POST
  @Path("{id}/replay")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replay(@PathParam("id") String id, JsonObject body) {
    WebhookDeliveryService.Replay replay =
        deliveries.replay(
            actor(), uuid(id, "webhook"), WebhookJson.position(WebhookJson.body(body), "after"));
    return Response.accepted(
            Json.createObjectBuilder()
                .add("queued", replay.queued())
                .add("through", Long.toString(replay.through()))
                .add("complete", replay.complete())
                .build())
        .build();
  }

  private static Long sequence(String before) {
    if (before == null || before.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(before.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException("'before' must be the 'next' of a previous page.");
    }
  }

  static UUID uuid(String value, String what) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No " + what + " " + value + ".");
    }
  }
}
