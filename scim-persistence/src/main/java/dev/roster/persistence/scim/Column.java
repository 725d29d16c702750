package dev.roster.persistence.scim;

/** A SQL expression a filtered attribute maps to, and how values compare with it. */
record Column(String expression, Type type) {
  enum Type {
    /** A lower-cased *_key column or lower(...): values are lower-cased, compared as text. */
    CASE_INSENSITIVE,
    /** A case-exact text column (externalId). */
    EXACT,
    UUID,
    BOOLEAN,
    TIMESTAMP
  }
}
