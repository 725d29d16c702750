/** The group aggregate: groups mirrored from the IdP and their user members. */
package dev.roster.domain.group;
