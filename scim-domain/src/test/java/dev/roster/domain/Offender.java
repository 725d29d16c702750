package dev.roster.domain;

import jakarta.ws.rs.core.Response;

/** Test fixture only: a "domain" class with a forbidden dependency. */
public class Offender {
  public Response leak() {
    return Response.ok().build();
  }
}
