package dev.roster.application.oidc;

import java.net.URI;

/** What {@code /oidc/authorize} and {@code /oidc/callback} answer. */
public sealed interface AuthorizeOutcome {
  /** Send the browser on: to the IdP, or back to the client's redirect URI. */
  record Redirect(URI location) implements AuthorizeOutcome {}

  /**
   * The request cannot be trusted to redirect anywhere (unknown client, unregistered redirect URI,
   * unknown state): an error page, never a redirect.
   */
  record BadRequest(String message) implements AuthorizeOutcome {}

  /** No organization was named (or an unknown one): ask the person which. */
  record AskOrganization(String message) implements AuthorizeOutcome {}
}
