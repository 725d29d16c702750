/** Persistence of SSO configurations (client secret encrypted). */
package dev.roster.persistence.sso;
