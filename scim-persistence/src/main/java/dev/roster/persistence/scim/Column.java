package dev.roster.persistence.scim;

/**
 * A SQL expression a filtered or sorted attribute maps to, how values compare with it, and whether
 * it can be null (which decides where nulls sort and how a keyset page continues past them).
 */
record Column(String expression, Type type, boolean nullable) {
  enum Type {
    /** A lower-cased *_key column or lower(...): values are lower-cased, compared as text. */
    CASE_INSENSITIVE,
    /** A case-exact text column (externalId). */
    EXACT,
    UUID,
    BOOLEAN,
    TIMESTAMP
  }

  /** A nullable column. */
  Column(String expression, Type type) {
    this(expression, type, true);
  }

  static Column notNull(String expression, Type type) {
    return new Column(expression, type, false);
  }
}
