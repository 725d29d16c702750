/**
 * Change events: recording them in the transaction of each change, sequencing, reading them by
 * cursor, retention, and the one JSON form of an event.
 */
package dev.roster.application.event;
