/** Use cases around organizations: bootstrap, platform creation, lookup. */
package dev.roster.application.organization;
