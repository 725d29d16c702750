/**
 * Classes WildFly loads from the module {@code dev.roster.jdbc} (beside the PostgreSQL and H2
 * drivers) for Roster's datasource; nothing here is part of the EAR.
 */
package dev.roster.jdbc;
