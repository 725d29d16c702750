/** JAX-RS boundary: SCIM 2.0 endpoints and the admin REST API. */
package dev.roster.api;
