/** The SCIM /Groups endpoint: converts HTTP to one ScimGroupService call. */
package dev.roster.api.scim.groups;
