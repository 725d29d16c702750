/** Public SCIM discovery documents (/Schemas, /ResourceTypes) and the unsupported /Me. */
package dev.roster.api.scim.discovery;
