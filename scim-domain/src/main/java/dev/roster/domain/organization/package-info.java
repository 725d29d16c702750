/** The organization (tenant) aggregate. */
package dev.roster.domain.organization;
