package dev.roster.application.scim.bulk;

/**
 * What became of one operation: the resource's location and version when it succeeded, or the
 * failure, which the boundary renders as the operation's SCIM error response.
 */
public record BulkOutcome(
    BulkOperation operation,
    Result result,
    String location,
    String etag,
    RuntimeException failure) {
  public enum Result {
    CREATED,
    OK,
    NO_CONTENT,
    FAILED
  }

  static BulkOutcome failed(BulkOperation operation, String location, RuntimeException failure) {
    return new BulkOutcome(operation, Result.FAILED, location, null, failure);
  }
}
