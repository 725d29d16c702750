/** The SCIM schemas and resource types Roster serves, with RFC 7643 attribute characteristics. */
package dev.roster.scim.schema;
