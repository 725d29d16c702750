package dev.roster.api.scim.error;

import dev.roster.application.token.ProvisioningDisabledException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProvisioningDisabledExceptionMapper
    implements ExceptionMapper<ProvisioningDisabledException> {
  @Override
  public Response toResponse(ProvisioningDisabledException e) {
    return ScimErrors.response(403, null, e.getMessage());
  }
}
