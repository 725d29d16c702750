package dev.roster.api.admin.security;

import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.oidc.CodeExchangeService;
import dev.roster.application.oidc.ProviderKeys;
import dev.roster.application.oidc.ProviderTokens;
import dev.roster.domain.role.Role;
import dev.roster.json.Json;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The admin API's second way in: an access token from Roster's own OpenID Connect provider (a
 * person signed in through their organization's IdP). SmallRye JWT, WildFly's MicroProfile JWT
 * implementation, verifies it against Roster's published keys and issuer and gives the {@link
 * JsonWebToken} that becomes the request's principal; {@code @RolesAllowed} then reads its {@code
 * groups}. Only access tokens ({@code typ: at+jwt}) are taken, and only while the code they came
 * from is not revoked and the person may still sign in.
 */
@ApplicationScoped
public class OidcAdminTokens {
  /** Named rather than looked up: the factory's service file stays inside WildFly's module. */
  private static final DefaultJWTCallerPrincipalFactory FACTORY =
      new DefaultJWTCallerPrincipalFactory();

  @Inject ProviderKeys keys;
  @Inject ProviderTokens tokens;
  @Inject CodeExchangeService exchange;

  /**
   * The clients whose access tokens the admin API takes; unset, any registered client's. A product
   * that receives an Admin's token can otherwise call the admin API with it: name only the clients
   * meant for it.
   */
  @Inject
  @ConfigProperty(name = "roster.oidc.admin.api.clients")
  Optional<List<String>> adminApiClients;

  /** A verified token and the admin it stands for. */
  public record Verified(JsonWebToken token, AdminIdentity admin) {}

  public Optional<Verified> verify(String token) {
    if (!isAccessToken(token)) {
      return Optional.empty();
    }
    JsonWebToken jwt;
    try {
      JWTAuthContextInfo context = new JWTAuthContextInfo();
      context.setIssuedBy(tokens.issuer());
      context.setPublicKeyContent(keys.publicKeys().toString());
      jwt = new DefaultJWTParser(context, FACTORY).parse(token);
    } catch (ParseException e) {
      return Optional.empty();
    }
    if (adminApiClients.isPresent()
        && (jwt.getAudience() == null
            || adminApiClients.get().stream().noneMatch(jwt.getAudience()::contains))) {
      return Optional.empty();
    }
    Set<String> groups = jwt.getGroups();
    Optional<Role> role =
        groups == null || groups.isEmpty()
            ? Optional.empty()
            : Role.byName(groups.iterator().next());
    String orgId = jwt.getClaim("org_id");
    if (role.isEmpty() || orgId == null || jwt.getSubject() == null || jwt.getTokenID() == null) {
      return Optional.empty();
    }
    try {
      AdminIdentity admin =
          new AdminIdentity(
              UUID.fromString(orgId),
              jwt.getClaim("org"),
              UUID.fromString(jwt.getSubject()),
              jwt.getName(),
              role.get());
      return exchange.admits(jwt.getTokenID(), admin.organizationId(), admin.userId())
          ? Optional.of(new Verified(jwt, admin))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** RFC 9068: the header of an access token says {@code typ: at+jwt}; an ID token does not. */
  private static boolean isAccessToken(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    try (var reader =
        Json.createReader(
            new StringReader(
                new String(
                    Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    StandardCharsets.UTF_8)))) {
      return "at+jwt".equalsIgnoreCase(reader.readObject().getString("typ", ""));
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      return false;
    }
  }
}
