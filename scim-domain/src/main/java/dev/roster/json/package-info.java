/** JSON-P entry points that avoid a provider lookup per call. */
package dev.roster.json;
