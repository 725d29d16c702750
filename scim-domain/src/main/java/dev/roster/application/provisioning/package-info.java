/** Provisioning use cases: settings, enable/disable, role mappings. */
package dev.roster.application.provisioning;
