package dev.roster.api.common;

import dev.roster.api.scim.ScimOperations;
import dev.roster.api.scim.auth.ScimRequestContext;
import dev.roster.application.metrics.RosterMetrics;
import dev.roster.application.token.ScimCaller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request to this application gets a request id: the caller's {@code X-Request-Id} when it is
 * a plain token (a proxy's or the IdP's own, so one id follows the request across systems), else a
 * new UUID. It is echoed in the response, recorded in audit entries, and put in the logging MDC as
 * {@code requestId}, beside {@code organization} once a token or an admin is authenticated, so that
 * every log line of the request carries both. A servlet filter rather than a JAX-RS one: its {@code
 * finally} clears the MDC however the request ends, and its timing of SCIM requests includes the
 * JAX-RS filters and the writing of the body.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTelemetryFilter extends HttpFilter {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_REQUEST_ID = "requestId";
  public static final String MDC_ORGANIZATION = "organization";
  private static final String ATTRIBUTE = RequestTelemetryFilter.class.getName() + ".requestId";

  /** What a request id may be: no spaces or quotes to forge log fields with, and not too long. */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

  @Inject RosterMetrics metrics;
  @Inject ScimRequestContext scim;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    String id = requestId(request.getHeader(HEADER));
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(HEADER, id);
    MDC.put(MDC_REQUEST_ID, id);
    try {
      chain.doFilter(request, response);
    } finally {
      String operation =
          ScimOperations.of(
              request.getMethod(),
              request.getRequestURI().substring(request.getContextPath().length()));
      if (operation != null) {
        Optional<ScimCaller> caller = scim.authenticatedCaller();
        metrics.scimRequest(
            operation,
            response.getStatus(),
            caller.map(ScimCaller::identityProvider).orElse(null),
            caller.map(ScimCaller::organizationSlug).orElse(null),
            System.nanoTime() - start);
      }
      MDC.remove(MDC_REQUEST_ID);
      MDC.remove(MDC_ORGANIZATION);
    }
  }

  /** The id of the current request, as this filter chose it. */
  public static String requestId(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    return id != null ? id.toString() : UUID.randomUUID().toString();
  }

  static String requestId(String header) {
    return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
  }
}
