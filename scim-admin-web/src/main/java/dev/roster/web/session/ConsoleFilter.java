package dev.roster.web.session;

import dev.roster.application.admin.AdminAuthService;
import dev.roster.application.admin.AdminIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The console's gate, in front of every request: security headers, cross-site form posts refused,
 * and every page but sign-in behind a live session of an admin who is still an active Admin
 * (checked on each request, so deactivating or re-roling an admin ends their session at once).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ConsoleFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject AdminAuthService auth;
  @Inject ConsoleSession session;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    if ("POST".equals(request.getMethod()) && isCrossSite(request)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN,
          "Forms of the console are only accepted from the console.");
      return;
    }
    String path = path(request);
    if (path.equals(ConsolePages.SIGN_IN) && currentAdmin(request).isPresent()) {
      redirect(request, response, ConsolePages.HOME); // already signed in
      return;
    }
    if (ConsolePages.isPublic(path)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AdminIdentity> admin = currentAdmin(request);
    if (admin.isEmpty()) {
      redirect(request, response, ConsolePages.SIGN_IN);
      return;
    }
    if (path.equals("/") || path.isEmpty() || path.equals("/index.xhtml")) {
      redirect(request, response, ConsolePages.HOME);
      return;
    }
    chain.doFilter(request, response);
  }

  private Optional<AdminIdentity> currentAdmin(HttpServletRequest request) {
    HttpSession httpSession = request.getSession(false);
    if (httpSession == null) {
      return Optional.empty(); // no session is created for anonymous visitors
    }
    Optional<AdminIdentity> signedIn = session.admin();
    if (signedIn.isEmpty()) {
      return signedIn;
    }
    Optional<AdminIdentity> now = auth.current(signedIn.get());
    if (now.isEmpty()) {
      httpSession.invalidate();
    } else {
      session.refreshed(now.get());
    }
    return now;
  }

  /** The path inside the console, the same for {@code /users} and {@code /users.xhtml}. */
  static String path(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.endsWith(".xhtml") && !path.startsWith(ConsolePages.RESOURCES)
        ? path.substring(0, path.length() - ".xhtml".length())
        : path;
  }

  /**
   * A post whose browser says it comes from another site. Browsers send {@code Sec-Fetch-Site} and
   * {@code Origin} with every form post; the session cookie (SameSite=Lax) and the Faces view state
   * already stop forged posts, this refuses them before any work is done.
   */
  static boolean isCrossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority == null || !authority.equalsIgnoreCase(request.getHeader("Host"));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** A redirect the browser follows both for a page and for a Faces Ajax request. */
  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
    String url = request.getContextPath() + page;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }
}
