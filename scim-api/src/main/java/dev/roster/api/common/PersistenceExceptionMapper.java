package dev.roster.api.common;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A database failure that reached the boundary unwrapped (from a CDI bean rather than an EJB): 400
 * for a value the database refuses, otherwise a logged 500. Unique violations never get here as
 * such: the repositories turn them into their 409.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(PersistenceException e) {
    return ServerErrors.answer(uriInfo, e);
  }
}
