package dev.roster.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure when Roster's public URL is HTTPS (a TLS proxy
 * in front of it included), scoped to the console's path.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
  @Inject ConsoleSettings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("ROSTER_CONSOLE");
    cookie.setHttpOnly(true);
    cookie.setSecure(settings.secureCookies());
    cookie.setAttribute("SameSite", "Lax");
    event.getServletContext().setSessionTimeout(settings.idleTimeoutSeconds() / 60);
  }
}
