package dev.roster.api.scim;

/** The SCIM media type (RFC 7644 §3.1). */
public final class ScimMediaType {
  public static final String SCIM_JSON = "application/scim+json";

  private ScimMediaType() {}
}
