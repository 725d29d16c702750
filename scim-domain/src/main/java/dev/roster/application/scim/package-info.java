/**
 * SCIM use cases: Users and Groups of the caller's organization, one transaction per request. Every
 * write is audited; resources are returned as SCIM JSON.
 */
package dev.roster.application.scim;
