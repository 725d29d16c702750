/**
 * The Webhooks screens: an organization's endpoints, each one's delivery history, and the actions
 * the admin API offers (create, redeliver, replay, rotate, enable, delete) through the same
 * services.
 */
package dev.roster.web.webhooks;
