/** SSO use cases: configure, activate (OIDC discovery), deactivate. */
package dev.roster.application.sso;
