/** Single sign-on configuration: the prerequisite of SCIM provisioning. */
package dev.roster.domain.sso;
