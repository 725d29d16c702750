/** Product roles and the mapping of IdP roles and groups onto them. */
package dev.roster.domain.role;
