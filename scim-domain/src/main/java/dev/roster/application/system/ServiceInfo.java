package dev.roster.application.system;

import java.util.List;

/** What anyone may know about this Roster: where its APIs are and which IdPs it supports. */
public record ServiceInfo(String scimBaseUrl, String adminApiUrl, List<String> identityProviders) {}
