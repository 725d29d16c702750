/** The start-up sequence. */
package dev.roster.application.system;
