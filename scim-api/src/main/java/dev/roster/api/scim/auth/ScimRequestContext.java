package dev.roster.api.scim.auth;

import dev.roster.api.common.RequestTelemetryFilter;
import dev.roster.application.common.Actor;
import dev.roster.application.token.ScimCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.MDC;

/** The authenticated SCIM caller of the current request. */
@RequestScoped
public class ScimRequestContext {
  @Inject HttpServletRequest request;

  private ScimCaller caller;

  void authenticated(ScimCaller caller) {
    this.caller = caller;
    MDC.put(RequestTelemetryFilter.MDC_ORGANIZATION, caller.organizationSlug());
  }

  public ScimCaller caller() {
    if (caller == null) {
      throw new IllegalStateException("SCIM request was not authenticated");
    }
    return caller;
  }

  /** The caller, if a token was accepted (not for discovery, nor a refused token). */
  public Optional<ScimCaller> authenticatedCaller() {
    return Optional.ofNullable(caller);
  }

  public UUID organizationId() {
    return caller().organizationId();
  }

  public Actor actor() {
    return caller().actor(requestId());
  }

  public String requestId() {
    return RequestTelemetryFilter.requestId(request);
  }
}
