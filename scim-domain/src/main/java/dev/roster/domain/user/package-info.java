/** The user aggregate: identity, lifecycle status and role. */
package dev.roster.domain.user;
