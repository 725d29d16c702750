/**
 * Roster's OpenID Connect provider endpoints under /oidc: discovery, keys, the authorization and
 * callback redirects, the token endpoint and userinfo. Each converts the request, makes one service
 * call and renders the answer in OAuth's dialect.
 */
package dev.roster.api.oidc;
