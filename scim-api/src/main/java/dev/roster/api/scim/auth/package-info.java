/** Authentication of SCIM requests by organization bearer tokens. */
package dev.roster.api.scim.auth;
