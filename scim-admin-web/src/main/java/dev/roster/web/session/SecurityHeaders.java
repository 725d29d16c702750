package dev.roster.web.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every console response. The page's full Content-Security-Policy, with the nonce of its
 * scripts, comes from PrimeFaces ({@code primefaces.CSP_POLICY} in web.xml); this one holds the
 * directives that must also cover redirects, errors and resources. Browsers enforce both.
 */
final class SecurityHeaders {
  static final String POLICY =
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

  private SecurityHeaders() {}

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!ConsoleFilter.path(request).startsWith(ConsolePages.RESOURCES)) {
      // Pages hold organization data: never kept by the browser or a proxy.
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
