package dev.roster.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One JAX-RS application for the SCIM endpoints (/scim/v2) and the admin API (/api/...). */
@ApplicationPath("/")
public class RosterApplication extends Application {}
