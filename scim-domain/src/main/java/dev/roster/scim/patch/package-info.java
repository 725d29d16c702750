/** SCIM PATCH (RFC 7644 §3.5.2) applied to a resource's canonical tree, all or nothing. */
package dev.roster.scim.patch;
