package dev.roster.api.common;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A database failure that reached the boundary unwrapped (from a CDI bean rather than an EJB): 409
 * uniqueness for a unique violation, otherwise a logged 500.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(PersistenceException e) {
    return ServerErrors.answer(uriInfo, e);
  }
}
