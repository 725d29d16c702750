package dev.roster.api.common;

import dev.roster.error.ErrorKind;

/**
 * The HTTP status and RFC 7644 {@code scimType} of each kind of error: the one table from what went
 * wrong to what the caller is told. A SCIM caller gets both in the RFC 7644 §3.12 body, an admin or
 * platform caller the same status in {@code {"status","detail"}}.
 *
 * @param scimType the RFC 7644 {@code scimType}, or null when none fits
 */
public record ErrorStatus(int status, String scimType) {

  public static ErrorStatus of(ErrorKind kind) {
    return switch (kind) {
      case INVALID_VALUE -> badRequest("invalidValue");
      case INVALID_SYNTAX -> badRequest("invalidSyntax");
      case INVALID_FILTER -> badRequest("invalidFilter");
      case INVALID_PATH -> badRequest("invalidPath");
      case NO_TARGET -> badRequest("noTarget");
      case MUTABILITY -> badRequest("mutability");
      case INVALID_COUNT -> badRequest("invalidCount");
      case INVALID_CURSOR -> badRequest("invalidCursor");
      // RFC 7644 §3.7.4: beyond maxOperations or maxPayloadSize is 413.
      case TOO_MANY_OPERATIONS -> new ErrorStatus(413, "tooMany");
      case TOO_LARGE -> new ErrorStatus(413, "tooLarge");
      case UNIQUENESS -> new ErrorStatus(409, "uniqueness");
      case CONFLICT -> new ErrorStatus(409, null);
      case NOT_FOUND -> new ErrorStatus(404, null);
      case PRECONDITION_FAILED -> new ErrorStatus(412, null);
      case UNAUTHENTICATED -> new ErrorStatus(401, null);
      case FORBIDDEN, NOT_ENABLED -> new ErrorStatus(403, null);
      // RFC 6585; SCIM defines no scimType for it.
      case TOO_MANY_ATTEMPTS, TOO_MANY_REQUESTS -> new ErrorStatus(429, null);
      case VERIFICATION_FAILED -> new ErrorStatus(422, null);
    };
  }

  private static ErrorStatus badRequest(String scimType) {
    return new ErrorStatus(400, scimType);
  }
}
