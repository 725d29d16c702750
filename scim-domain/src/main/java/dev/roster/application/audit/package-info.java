/** Recording and reading the audit trail. */
package dev.roster.application.audit;
