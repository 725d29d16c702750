/** Persistence of organizations and their provisioning settings. */
package dev.roster.persistence.organization;
