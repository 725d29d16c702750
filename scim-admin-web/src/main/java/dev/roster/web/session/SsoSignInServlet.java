package dev.roster.web.session;

import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.oidc.CodeExchangeService;
import dev.roster.application.oidc.OAuthResult;
import dev.roster.domain.oidc.Pkce;
import dev.roster.domain.token.TokenSecrets;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * "Sign in with SSO": the console is a client of Roster's own OpenID Connect provider. {@code
 * /sso/start} sends the admin to {@code /oidc/authorize} (and so to their organization's IdP) with
 * a state and PKCE verifier kept in the not-yet-signed-in session; {@code /sso/callback} checks the
 * state, redeems the code in-process and signs the admin in with a new session id, as the password
 * sign-in does. A refusal is shown on the sign-in page.
 */
@WebServlet(urlPatterns = {SsoSignInServlet.START, SsoSignInServlet.CALLBACK})
public class SsoSignInServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String START = "/sso/start";
  static final String CALLBACK = "/sso/callback";
  static final String ERROR = "roster.sso.error";
  private static final String STATE = "roster.sso.state";
  private static final String VERIFIER = "roster.sso.verifier";

  @Inject CodeExchangeService exchange;
  @Inject RosterConfig config;
  @Inject ConsoleSession session;
  @Inject ConsoleSettings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getServletPath().equals(START)) {
      start(request, response);
    } else {
      callback(request, response);
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String organization = request.getParameter("organization");
    if (organization == null || organization.isBlank()) {
      fail(request, response, "Enter your organization's identifier to sign in with SSO.");
      return;
    }
    String callback = callbackUri();
    exchange.ensureConsoleClient(callback);
    String state = TokenSecrets.newValue("");
    String verifier = TokenSecrets.newValue("");
    HttpSession pending = request.getSession(true);
    pending.setAttribute(STATE, state);
    pending.setAttribute(VERIFIER, verifier);
    String authorize =
        config.publicUrl()
            + "/oidc/authorize?response_type=code&scope=openid&client_id="
            + CodeExchangeService.CONSOLE_CLIENT_ID
            + "&redirect_uri="
            + encode(callback)
            + "&state="
            + state
            + "&code_challenge_method=S256&code_challenge="
            + Pkce.challenge(verifier)
            + "&organization="
            + encode(organization.strip());
    // A page rather than a redirect: the sign-in form's CSP (form-action 'self') would stop the
    // redirect chain at the IdP's origin; a refresh starts a new navigation.
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String href = authorize.replace("&", "&amp;");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url="
                + href
                + "\"><title>Signing in - Roster</title></head><body><main><p>"
                + "<a id=\"continue\" href=\""
                + href
                + "\">Continue to your organization's sign-in</a></p></main></body></html>");
  }

  private void callback(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession pending = request.getSession(false);
    String expected = pending == null ? null : (String) pending.getAttribute(STATE);
    String verifier = pending == null ? null : (String) pending.getAttribute(VERIFIER);
    String state = request.getParameter("state");
    if (expected == null
        || state == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
      fail(request, response, "This sign-in was not started here or has expired: try again.");
      return;
    }
    pending.removeAttribute(STATE);
    pending.removeAttribute(VERIFIER);
    if (request.getParameter("error") != null) {
      fail(request, response, request.getParameter("error_description"));
      return;
    }
    OAuthResult<AdminIdentity> result =
        exchange.redeemForConsole(request.getParameter("code"), callbackUri(), verifier);
    if (!result.ok()) {
      fail(request, response, result.error().description());
      return;
    }
    // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
    request.changeSessionId();
    request.getSession().setMaxInactiveInterval(settings.idleTimeoutSeconds());
    session.signedIn(result.value());
    response.sendRedirect(request.getContextPath() + ConsolePages.HOME);
  }

  /** Back to the sign-in page, which shows the reason (kept in the session, never in the URL). */
  private static void fail(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    request.getSession(true).setAttribute(ERROR, why == null ? "Sign-in failed." : why);
    response.sendRedirect(request.getContextPath() + ConsolePages.SIGN_IN);
  }

  private String callbackUri() {
    return config.publicUrl() + "/console" + CALLBACK;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
