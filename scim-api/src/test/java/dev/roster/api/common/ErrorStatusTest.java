package dev.roster.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.error.ErrorKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of error has the status and scimType clients have always been given. */
class ErrorStatusTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(ErrorKind.INVALID_VALUE, 400, "invalidValue"),
        Arguments.of(ErrorKind.INVALID_SYNTAX, 400, "invalidSyntax"),
        Arguments.of(ErrorKind.INVALID_FILTER, 400, "invalidFilter"),
        Arguments.of(ErrorKind.INVALID_PATH, 400, "invalidPath"),
        Arguments.of(ErrorKind.NO_TARGET, 400, "noTarget"),
        Arguments.of(ErrorKind.MUTABILITY, 400, "mutability"),
        Arguments.of(ErrorKind.INVALID_COUNT, 400, "invalidCount"),
        Arguments.of(ErrorKind.INVALID_CURSOR, 400, "invalidCursor"),
        Arguments.of(ErrorKind.TOO_MANY_OPERATIONS, 413, "tooMany"),
        Arguments.of(ErrorKind.TOO_LARGE, 413, "tooLarge"),
        Arguments.of(ErrorKind.UNIQUENESS, 409, "uniqueness"),
        Arguments.of(ErrorKind.CONFLICT, 409, null),
        Arguments.of(ErrorKind.NOT_FOUND, 404, null),
        Arguments.of(ErrorKind.PRECONDITION_FAILED, 412, null),
        Arguments.of(ErrorKind.UNAUTHENTICATED, 401, null),
        Arguments.of(ErrorKind.NOT_ENABLED, 403, null),
        Arguments.of(ErrorKind.FORBIDDEN, 403, null),
        Arguments.of(ErrorKind.TOO_MANY_ATTEMPTS, 429, null),
        Arguments.of(ErrorKind.TOO_MANY_REQUESTS, 429, null),
        Arguments.of(ErrorKind.VERIFICATION_FAILED, 422, null));
  }

  @ParameterizedTest
  @MethodSource("table")
  void mapsEachKindToItsStatusAndScimType(ErrorKind kind, int status, String scimType) {
    assertThat(ErrorStatus.of(kind)).isEqualTo(new ErrorStatus(status, scimType));
  }

  @Test
  void theTableAboveCoversEveryKind() {
    Set<ErrorKind> listed =
        table()
            .map(a -> (ErrorKind) a.get()[0])
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorKind.class)));
    assertThat(listed).isEqualTo(EnumSet.allOf(ErrorKind.class));
  }

  @Test
  void everyScimTypeIsAKnownOne() {
    Set<String> rfc7644 =
        Set.of(
            "invalidFilter",
            "tooMany",
            "uniqueness",
            "mutability",
            "invalidSyntax",
            "invalidPath",
            "noTarget",
            "invalidValue",
            "invalidVers",
            "sensitive",
            // RFC 9865 (cursor paging), and Roster's name for a bulk body over maxPayloadSize.
            "invalidCursor",
            "invalidCount",
            "tooLarge");
    for (ErrorKind kind : ErrorKind.values()) {
      String scimType = ErrorStatus.of(kind).scimType();
      if (scimType != null) {
        assertThat(rfc7644).as(kind.name()).contains(scimType);
      }
    }
  }
}
