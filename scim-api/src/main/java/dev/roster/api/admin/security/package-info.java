/** Admin sign-in tokens (RS256 JWT) and their verification. */
package dev.roster.api.admin.security;
