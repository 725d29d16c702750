package dev.roster.application.sso;

import dev.roster.application.common.LocalSecrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest (SSO client secrets, signing keys, webhook secrets) with AES-256-GCM.
 * The key comes from ROSTER_SECRET_KEY (base64 of 32 bytes) or, for a single node, is generated
 * once into ROSTER_DATA_DIR; it is the one secret Roster cannot keep in its database, so the nodes
 * of a cluster must be given it ({@code SharedSecrets.verifySecretKey} stops a node that was not).
 */
@ApplicationScoped
public class SecretCipher {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "roster.secret.key")
  Optional<String> configuredKey;

  @Inject LocalSecrets localSecrets;

  private SecretKey key;

  @PostConstruct
  void init() {
    byte[] raw =
        configuredKey
            .filter(k -> !k.isBlank())
            .map(k -> Base64.getDecoder().decode(k.strip()))
            .orElseGet(
                () ->
                    localSecrets.loadOrCreate(
                        "secret-encryption.key",
                        () -> {
                          byte[] bytes = new byte[32];
                          RANDOM.nextBytes(bytes);
                          return bytes;
                        }));
    if (raw.length != 32) {
      throw new IllegalStateException("ROSTER_SECRET_KEY must be the base64 of 32 bytes");
    }
    key = new SecretKeySpec(raw, "AES");
  }

  public String encrypt(String plain) {
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return "v1:"
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt", e);
    }
  }

  public String decrypt(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(3));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
      return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Cannot decrypt a stored secret: wrong ROSTER_SECRET_KEY?", e);
    }
  }
}
