/**
 * SCIM PATCH paths (RFC 7644 section 3.5.2): {@link dev.roster.scim.path.PatchPath#parse(String)}
 * turns the {@code path} of a PATCH operation into a typed {@link dev.roster.scim.path.PatchPath},
 * or throws {@link dev.roster.scim.path.InvalidPathException}.
 *
 * <p>Pure Java on top of the filter grammar of {@code dev.roster.scim.filter}: no HTTP, no
 * persistence.
 */
package dev.roster.scim.path;
