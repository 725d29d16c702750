/** SCIM 2.0 endpoints under /scim/v2. */
package dev.roster.api.scim;
