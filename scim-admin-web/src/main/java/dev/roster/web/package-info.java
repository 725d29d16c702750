/** Jakarta Faces admin console. */
package dev.roster.web;
