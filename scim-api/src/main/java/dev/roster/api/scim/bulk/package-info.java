/** RFC 7644 §3.7 /Bulk: the endpoint and the rendering of per-operation results. */
package dev.roster.api.scim.bulk;
