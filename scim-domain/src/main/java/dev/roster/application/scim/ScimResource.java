package dev.roster.application.scim;

import jakarta.json.JsonObject;
import java.util.UUID;

/** A rendered resource with what the HTTP layer needs for headers. */
public record ScimResource(UUID id, JsonObject json, String etag, String location) {}
