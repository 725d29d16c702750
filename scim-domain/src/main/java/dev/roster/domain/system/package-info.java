/** Start-up concerns: schema migration, the secrets every node shares. */
package dev.roster.domain.system;
