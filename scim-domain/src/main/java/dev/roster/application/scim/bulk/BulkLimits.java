package dev.roster.application.scim.bulk;

/** The limits advertised in ServiceProviderConfig and enforced on every bulk request. */
public final class BulkLimits {
  public static final int MAX_OPERATIONS = 1000;
  public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

  private BulkLimits() {}
}
