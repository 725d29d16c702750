/** SCIM token use cases: issue, list, revoke, authenticate. */
package dev.roster.application.token;
