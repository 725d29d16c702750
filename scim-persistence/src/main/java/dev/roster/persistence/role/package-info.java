/** Persistence of role mappings. */
package dev.roster.persistence.role;
