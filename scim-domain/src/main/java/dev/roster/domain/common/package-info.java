/** Exceptions and small value types shared by every aggregate. */
package dev.roster.domain.common;
