package dev.roster.api.scim;

import java.util.Locale;

/**
 * The operation a SCIM request asks for, as the metrics name it ({@code users.create}, {@code
 * groups.patch}, {@code bulk}, {@code discovery}…): one of a fixed set, whatever path a client
 * sends, so that the tag stays low in cardinality.
 */
public final class ScimOperations {
  private ScimOperations() {}

  /**
   * The operation of {@code method} on {@code path} (below the application root, with or without a
   * leading '/'), or null when the path is not a SCIM path.
   */
  public static String of(String method, String path) {
    String canonical =
        ScimPathNormalizer.canonicalPath(path.startsWith("/") ? path.substring(1) : path);
    if (canonical == null) {
      return null;
    }
    String[] parts = canonical.split("/", 4);
    String rest = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
    return switch (parts[2]) {
      case "Users", "Groups" ->
          parts[2].toLowerCase(Locale.ROOT) + "." + resourceOperation(method, rest);
      case "Bulk" -> "bulk";
      case ".search" -> "search";
      case "ServiceProviderConfig", "ResourceTypes", "Schemas" -> "discovery";
      case "Me" -> "me";
      default -> "unknown";
    };
  }

  private static String resourceOperation(String method, String rest) {
    if (rest == null) {
      return switch (method) {
        case "GET" -> "list";
        case "POST" -> "create";
        default -> "other";
      };
    }
    if (rest.equals(".search")) {
      return method.equals("POST") ? "search" : "other";
    }
    return switch (method) {
      case "GET" -> "get";
      case "PUT" -> "replace";
      case "PATCH" -> "patch";
      case "DELETE" -> "delete";
      default -> "other";
    };
  }
}
