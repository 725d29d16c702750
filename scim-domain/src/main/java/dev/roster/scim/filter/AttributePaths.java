package dev.roster.scim.filter;

import java.util.regex.Pattern;

/** Splits the text of an attribute path token into an {@link AttributePath}. */
final class AttributePaths {

  private static final Pattern NAME = Pattern.compile("\\$?[A-Za-z][A-Za-z0-9_-]*");

  /** {@code urn:<namespace id>:<at least one more character>}. */
  private static final Pattern SCHEMA_URN =
      Pattern.compile("[uU][rR][nN]:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[^:].*");

  private final ErrorReporter errors;

  AttributePaths(ErrorReporter errors) {
    this.errors = errors;
  }

  /** {@code attr} or {@code attr.subAttr}. */
  AttributePath plain(String text, int position) {
    return split(null, text, text, position);
  }

  /** {@code urn:...:attr} or {@code urn:...:attr.subAttr}: the URN ends at the last colon. */
  AttributePath urnQualified(String text, int position) {
    int colon = text.lastIndexOf(':');
    String schemaUrn = text.substring(0, colon);
    if (!SCHEMA_URN.matcher(schemaUrn).matches()) {
      throw invalid(text, position, "not a schema URN followed by ':' and an attribute name");
    }
    return split(schemaUrn, text.substring(colon + 1), text, position);
  }

  private AttributePath split(String schemaUrn, String names, String text, int position) {
    String[] parts = names.split("\\.", -1);
    for (String part : parts) {
      if (!NAME.matcher(part).matches()) {
        throw invalid(text, position, "'" + part + "' is not an attribute name");
      }
    }
    if (parts.length > 2) {
      throw invalid(text, position, "at most one sub-attribute is allowed");
    }
    return new AttributePath(schemaUrn, parts[0], parts.length == 2 ? parts[1] : null);
  }

  private RuntimeException invalid(String text, int position, String reason) {
    return errors.at(
        position,
        "Invalid attribute path '" + text + "' at position " + position + " (" + reason + ")");
  }
}
