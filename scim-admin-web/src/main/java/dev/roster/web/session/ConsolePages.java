package dev.roster.web.session;

import java.util.Set;

/** The console's addresses that are not behind sign-in, and where a signed-in admin lands. */
public final class ConsolePages {
  public static final String SIGN_IN = "/signin";
  public static final String HOME = "/provisioning";
  public static final String EXPIRED = "/expired";

  /**
   * Reachable without a session: the sign-in form, the SSO sign-in's two steps, the error pages and
   * static resources.
   */
  static final Set<String> PUBLIC =
      Set.of(
          SIGN_IN,
          "/signin.xhtml",
          SsoSignInServlet.START,
          SsoSignInServlet.CALLBACK,
          EXPIRED,
          "/expired.xhtml",
          "/error",
          "/error.xhtml");

  static final String RESOURCES = "/jakarta.faces.resource/";

  private ConsolePages() {}

  static boolean isPublic(String path) {
    return PUBLIC.contains(path) || path.startsWith(RESOURCES);
  }
}
