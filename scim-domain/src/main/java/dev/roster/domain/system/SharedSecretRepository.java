package dev.roster.domain.system;

import java.time.Instant;
import java.util.Optional;

/**
 * Secrets Roster generates for itself, kept in the database (encrypted with ROSTER_SECRET_KEY) so
 * that every node of a cluster uses the same ones.
 */
public interface SharedSecretRepository {
  /** The encrypted value stored under {@code name}. */
  Optional<String> find(String name);

  /**
   * Stores {@code encrypted} under {@code name} unless a value is there already: when two nodes
   * race, the first one's value stays and both read it back.
   */
  void addIfAbsent(String name, String encrypted, Instant now);
}
