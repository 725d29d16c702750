package dev.roster.domain.system;

/** Brings the database schema up to date; runs once at start-up, before any request. */
public interface SchemaMigrator {
  /** Applies pending migrations and returns the schema version now in place. */
  String migrate();
}
