package dev.roster.api.scim.auth;

import dev.roster.application.common.Actor;
import dev.roster.application.token.ScimCaller;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The authenticated SCIM caller of the current request. */
@RequestScoped
public class ScimRequestContext {
  private ScimCaller caller;
  private final String requestId = UUID.randomUUID().toString();

  void authenticated(ScimCaller caller) {
    this.caller = caller;
  }

  public ScimCaller caller() {
    if (caller == null) {
      throw new IllegalStateException("SCIM request was not authenticated");
    }
    return caller;
  }

  public UUID organizationId() {
    return caller().organizationId();
  }

  public Actor actor() {
    return caller().actor(requestId);
  }

  public String requestId() {
    return requestId;
  }
}
