/** Start-up concerns: schema migration. */
package dev.roster.domain.system;
