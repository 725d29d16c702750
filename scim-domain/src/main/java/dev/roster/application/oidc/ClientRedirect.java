package dev.roster.application.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The way back to a client's registered redirect URI, with the code or an error (RFC 6749 §4.1.2
 * and §4.1.2.1) and the client's state. Used only once the redirect URI is known to be registered.
 */
record ClientRedirect(String redirectUri, String state) {
  AuthorizeOutcome code(String code) {
    return redirect("code=" + encode(code));
  }

  AuthorizeOutcome error(String error, String description) {
    return redirect("error=" + encode(error) + "&error_description=" + encode(description));
  }

  private AuthorizeOutcome redirect(String query) {
    String withState = state == null ? query : query + "&state=" + encode(state);
    String separator = redirectUri.contains("?") ? "&" : "?";
    return new AuthorizeOutcome.Redirect(URI.create(redirectUri + separator + withState));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
