package dev.roster.api.admin.security;

import dev.roster.application.system.SharedSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key pair that signs admin access tokens: from ROSTER_JWT_PRIVATE_KEY (base64 PKCS#8) or
 * generated on first need and kept in the database (encrypted), so that a token one node issued is
 * accepted by every other.
 */
@ApplicationScoped
public class AdminSigningKey {
  @Inject
  @ConfigProperty(name = "roster.jwt.private.key")
  Optional<String> configured;

  @Inject SharedSecrets sharedSecrets;

  private RSAPrivateCrtKey privateKey;
  private RSAPublicKey publicKey;

  @PostConstruct
  void init() {
    byte[] pkcs8 =
        configured
            .filter(k -> !k.isBlank())
            .map(k -> Base64.getMimeDecoder().decode(k.replaceAll("-----[A-Z ]+-----", "")))
            .orElseGet(
                () ->
                    sharedSecrets.loadOrCreate("admin-jwt-signing-key", AdminSigningKey::generate));
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      publicKey =
          (RSAPublicKey)
              rsa.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The admin JWT signing key is not an RSA PKCS#8 key", e);
    }
  }

  private static byte[] generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate().getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public RSAPrivateCrtKey privateKey() {
    return privateKey;
  }

  public RSAPublicKey publicKey() {
    return publicKey;
  }
}
