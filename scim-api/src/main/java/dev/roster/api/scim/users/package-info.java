/** The SCIM /Users endpoint: converts HTTP to one ScimUserService call. */
package dev.roster.api.scim.users;
