/** Persistence of groups and their memberships, with set-based membership statements. */
package dev.roster.persistence.group;
