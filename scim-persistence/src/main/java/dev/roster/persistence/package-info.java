/** JPA entities, repository implementations and schema migrations. */
package dev.roster.persistence;
