/** The events API's JSON: one shape for the admin and the platform endpoints. */
package dev.roster.api.events;
