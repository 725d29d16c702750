/** The audit trail table. */
package dev.roster.persistence.audit;
