/**
 * Roster's own meters (SCIM requests, token rejections, the event and webhook backlog, delivery
 * lag), registered with the registry WildFly's micrometer subsystem provides and exported on the
 * management interface's {@code /metrics} in Prometheus format. The one package that imports
 * Micrometer.
 */
package dev.roster.application.metrics;
