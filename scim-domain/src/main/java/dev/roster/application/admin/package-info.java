/** Admin use cases: sign-in, people, audit trail. */
package dev.roster.application.admin;
