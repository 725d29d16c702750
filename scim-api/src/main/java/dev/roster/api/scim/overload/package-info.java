/** The server-wide limit on SCIM requests in flight, applied before JAX-RS runs. */
package dev.roster.api.scim.overload;
