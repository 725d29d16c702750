package dev.roster.persistence.scim;

import java.util.Map;

/**
 * A multi-valued attribute kept in a side table: {@code exists (select 1 from <table> where
 * <correlation> and <condition>)}. {@code subAttributes} maps lower-case sub-attribute names.
 */
record MultiValued(
    String from, String correlation, String defaultSub, Map<String, Column> subAttributes) {

  String exists(String condition) {
    return "exists (select 1 from " + from + " where " + correlation + " and " + condition + ")";
  }

  Column sub(String name) {
    return subAttributes.get(name == null ? defaultSub : name.toLowerCase(java.util.Locale.ROOT));
  }
}
