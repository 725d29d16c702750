package dev.roster.api.common;

import dev.roster.application.admin.InvalidCredentialsException;
import dev.roster.application.admin.TooManyAttemptsException;
import dev.roster.domain.organization.EnableBlocker;
import dev.roster.domain.organization.ProvisioningBlockedException;
import dev.roster.domain.sso.SsoActivationException;
import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Mappers for the admin-side exceptions. The shared domain exceptions (not found, conflict,
 * validation) are mapped in {@code dev.roster.api.scim.error}, in the dialect of the API called.
 */
public final class DomainExceptionMappers {
  private DomainExceptionMappers() {}

  @Provider
  public static class Blocked implements ExceptionMapper<ProvisioningBlockedException> {
    @Override
    public Response toResponse(ProvisioningBlockedException e) {
      JsonArrayBuilder blockers = Json.createArrayBuilder();
      e.blockers().stream().map(EnableBlocker::name).forEach(blockers::add);
      return ErrorResponses.admin(
          409, e.getMessage(), Json.createObjectBuilder().add("blockers", blockers));
    }
  }

  @Provider
  public static class SsoActivation implements ExceptionMapper<SsoActivationException> {
    @Override
    public Response toResponse(SsoActivationException e) {
      return ErrorResponses.admin(422, e.getMessage(), null);
    }
  }

  @Provider
  public static class BadCredentials implements ExceptionMapper<InvalidCredentialsException> {
    @Override
    public Response toResponse(InvalidCredentialsException e) {
      return ErrorResponses.admin(401, e.getMessage(), null);
    }
  }

  @Provider
  public static class Throttled implements ExceptionMapper<TooManyAttemptsException> {
    @Override
    public Response toResponse(TooManyAttemptsException e) {
      Response base = ErrorResponses.admin(429, e.getMessage(), null);
      return Response.fromResponse(base).header("Retry-After", e.retryAfterSeconds()).build();
    }
  }
}
