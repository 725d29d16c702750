/** List and search requests over SCIM resources: filter, sort and paging, protocol-neutral. */
package dev.roster.scim.query;
