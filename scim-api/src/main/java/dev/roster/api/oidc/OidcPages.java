package dev.roster.api.oidc;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The two pages Roster itself shows during a sign-in: an error that cannot be sent back to the
 * application, and the question which organization the person belongs to. Plain HTML, every value
 * escaped, nothing cached.
 */
final class OidcPages {
  private OidcPages() {}

  static Response error(String message) {
    return page(
        400,
        "Sign-in failed",
        "<h1>Sign-in failed</h1><p role=\"alert\" id=\"error\">" + escape(message) + "</p>");
  }

  /** A form that repeats the authorization request with the organization the person types. */
  static Response askOrganization(MultivaluedMap<String, String> query, String problem) {
    StringBuilder form = new StringBuilder("<form method=\"get\" action=\"authorize\">");
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (!e.getKey().equals("organization") && !e.getValue().isEmpty()) {
        form.append("<input type=\"hidden\" name=\"")
            .append(escape(e.getKey()))
            .append("\" value=\"")
            .append(escape(e.getValue().get(0)))
            .append("\">");
      }
    }
    form.append(
        "<label for=\"organization\">Your organization's short name</label>"
            + " <input id=\"organization\" name=\"organization\" required autofocus>"
            + " <button type=\"submit\" id=\"continue\">Continue</button></form>");
    String alert =
        problem == null ? "" : "<p role=\"alert\" id=\"error\">" + escape(problem) + "</p>";
    return page(200, "Sign in", "<h1>Sign in</h1>" + alert + form);
  }

  private static Response page(int status, String title, String body) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + " - Roster</title></head><body><main>"
            + body
            + "</main></body></html>";
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        // No form-action: the organization form's answer redirects to the IdP, wherever it is.
        .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        .header("X-Frame-Options", "DENY")
        .entity(html)
        .build();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
