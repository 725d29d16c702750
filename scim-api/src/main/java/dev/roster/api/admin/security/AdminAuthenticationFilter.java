package dev.roster.api.admin.security;

import dev.roster.api.common.ErrorResponses;
import dev.roster.api.common.RequestPaths;
import dev.roster.application.admin.AdminIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;

/**
 * Authenticates admin API requests by their bearer JWT (a password sign-in's admin token, or an
 * access token from Roster's OpenID Connect provider, whose principal is then the MicroProfile
 * {@code JsonWebToken}) and exposes the admin's role to {@code @RolesAllowed}. The container's
 * MP-JWT mechanism cannot be used: it applies to the whole web module and answers 401 to the opaque
 * SCIM tokens served beside the admin API.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthenticationFilter implements ContainerRequestFilter {
  private static final String ADMIN_PREFIX = "api/admin/";
  private static final String SIGN_IN = "api/admin/v1/auth/token";

  @Inject AdminTokens tokens;
  @Inject OidcAdminTokens oidcTokens;
  @Inject AdminRequestContext context;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = RequestPaths.withoutLeadingSlashes(request.getUriInfo().getPath());
    if (!path.startsWith(ADMIN_PREFIX) || path.equals(SIGN_IN)) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String bearer =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    Optional<AdminIdentity> admin = bearer == null ? Optional.empty() : tokens.verify(bearer);
    Principal principal = admin.<Principal>map(a -> a::email).orElse(null);
    if (admin.isEmpty() && bearer != null) {
      Optional<OidcAdminTokens.Verified> sso = oidcTokens.verify(bearer);
      admin = sso.map(OidcAdminTokens.Verified::admin);
      principal = sso.map(OidcAdminTokens.Verified::token).orElse(null);
    }
    if (admin.isEmpty()) {
      request.abortWith(
          Response.fromResponse(
                  ErrorResponses.admin(
                      401,
                      "Sign in first: POST /api/admin/v1/auth/token, then send 'Authorization: Bearer <access_token>'.",
                      null))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Roster admin\"")
              .build());
      return;
    }
    context.authenticated(admin.get());
    boolean secure = request.getSecurityContext().isSecure();
    AdminIdentity identity = admin.get();
    Principal user = principal;
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return user;
          }

          @Override
          public boolean isUserInRole(String role) {
            return identity.role().displayName().equals(role);
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }
}
