package dev.roster.api.scim.overload;

import dev.roster.api.common.ErrorStatus;
import dev.roster.api.common.RequestPaths;
import dev.roster.api.scim.ScimMediaType;
import dev.roster.api.scim.error.ScimErrors;
import dev.roster.application.overload.ScimAdmission;
import dev.roster.application.overload.TooManyRequestsException;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Counts SCIM requests in flight against the server-wide limit ({@link ScimAdmission#enter}) and
 * answers 429 with {@code Retry-After} when no place comes free in time. A servlet filter rather
 * than a JAX-RS one: its {@code finally} runs whatever happens downstream (an exception no mapper
 * knows, a client that goes away mid-body), so the count cannot leak. It runs before
 * authentication, so a refusal costs no database work. The admin API and platform API, served by
 * the same application, are not counted.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class ScimInFlightFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String SCIM = "scim/";

  @Inject ScimAdmission admission;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Decoded, and in any case with any leading slashes, as ScimPathNormalizer accepts it.
    String path =
        RequestPaths.withoutLeadingSlashes(
            request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    if (!path.regionMatches(true, 0, SCIM, 0, SCIM.length())) {
      chain.doFilter(request, response);
      return;
    }
    try {
      admission.enter();
    } catch (TooManyRequestsException busy) {
      refuse(response, busy);
      return;
    }
    boolean async = false;
    try {
      chain.doFilter(request, response);
      async = request.isAsyncStarted();
      if (async) {
        request.getAsyncContext().addListener(new LeaveWhenDone());
      }
    } finally {
      if (!async) {
        admission.leave();
      }
    }
  }

  private static void refuse(HttpServletResponse response, TooManyRequestsException busy)
      throws IOException {
    ErrorStatus status = ErrorStatus.of(busy.kind());
    response.setStatus(status.status());
    response.setHeader("Retry-After", String.valueOf(busy.retryAfterSeconds()));
    response.setContentType(ScimMediaType.SCIM_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(ScimErrors.body(status.status(), status.scimType(), busy.getMessage()).toString());
  }

  /** Leaves once an asynchronous request ends, however it ends. */
  private final class LeaveWhenDone implements AsyncListener {
    @Override
    public void onComplete(AsyncEvent event) {
      admission.leave();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      // onComplete follows.
    }

    @Override
    public void onError(AsyncEvent event) {
      // onComplete follows.
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // Restarted: still the same request, still one place.
      event.getAsyncContext().addListener(this);
    }
  }
}
