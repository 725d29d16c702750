package dev.roster.api.common;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A system exception out of an EJB use case (the container wrapped it and rolled the transaction
 * back), including a commit that failed: a wrapped Roster error answered as itself, otherwise as
 * {@link ServerErrors#answer} says.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(EJBException e) {
    return ServerErrors.answer(uriInfo, e);
  }
}
