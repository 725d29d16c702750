/**
 * The SCIM resource model as a canonical JSON tree: reading client JSON in any attribute case, type
 * checking, and selecting the attributes a client asked for.
 */
package dev.roster.scim.model;
