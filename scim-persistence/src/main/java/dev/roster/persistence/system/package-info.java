/** Schema migration (Flyway) and the database readiness check. */
package dev.roster.persistence.system;
