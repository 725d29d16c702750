/** What every use case shares: the acting party and configuration. */
package dev.roster.application.common;
