/** The platform operator API (/api/platform/v1). */
package dev.roster.api.platform;
