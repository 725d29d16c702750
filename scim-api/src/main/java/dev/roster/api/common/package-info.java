/** Error responses shared by the SCIM, admin and platform APIs. */
package dev.roster.api.common;
