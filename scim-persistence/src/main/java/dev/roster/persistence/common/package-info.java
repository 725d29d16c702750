/** Helpers shared by the repositories. */
package dev.roster.persistence.common;
