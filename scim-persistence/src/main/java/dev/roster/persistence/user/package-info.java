/** Persistence of users, their IdP role values, and set-based lifecycle updates. */
package dev.roster.persistence.user;
