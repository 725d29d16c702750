/** The console landing page. */
package dev.roster.web.home;
