/** The audit trail of every write, token event and setting change. */
package dev.roster.domain.audit;
