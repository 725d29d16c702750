/** Roster's domain: aggregates, their repositories (as interfaces) and use-case services. */
package dev.roster.domain;
