/** The admin REST API (/api/admin/v1): thin resources over the domain services. */
package dev.roster.api.admin;
