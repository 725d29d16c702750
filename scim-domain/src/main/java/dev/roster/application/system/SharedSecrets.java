package dev.roster.application.system;

import dev.roster.application.sso.SecretCipher;
import dev.roster.domain.system.SharedSecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Secrets Roster makes for itself when none is configured, kept in the database encrypted with
 * {@link SecretCipher}: every node of a cluster reads the same one, whichever node made it.
 */
@ApplicationScoped
public class SharedSecrets {
  private static final String KEY_CHECK = "secret-key-check";
  private static final byte[] KEY_CHECK_VALUE =
      "Roster's secrets are encrypted with this key".getBytes(StandardCharsets.UTF_8);

  @Inject SharedSecretRepository repository;
  @Inject SecretCipher cipher;

  /** The secret stored as {@code name}; on first need made by {@code generator} and stored. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] loadOrCreate(String name, Supplier<byte[]> generator) {
    Optional<String> stored = repository.find(name);
    if (stored.isEmpty()) {
      String encoded = Base64.getEncoder().encodeToString(generator.get());
      repository.addIfAbsent(name, cipher.encrypt(encoded), Instant.now());
      stored = repository.find(name); // another node's, when it stored one first
    }
    return Base64.getDecoder().decode(cipher.decrypt(stored.orElseThrow()));
  }

  /**
   * Fails unless this node's ROSTER_SECRET_KEY is the one the database's secrets are encrypted
   * with, so that a node given another key (or left to generate its own) does not start.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void verifySecretKey() {
    try {
      loadOrCreate(KEY_CHECK, KEY_CHECK_VALUE::clone);
    } catch (IllegalStateException wrongKey) {
      throw new IllegalStateException(
          "This node's ROSTER_SECRET_KEY is not the key the database's secrets are encrypted"
              + " with: give every node the same ROSTER_SECRET_KEY",
          wrongKey);
    }
  }
}
