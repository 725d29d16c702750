package dev.roster.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcReadsTest {
  @Test
  void namedParametersBecomePositionalInOrderOfAppearance() {
    JdbcReads.Positional p =
        JdbcReads.positional(
            "select u.* from app_user u where u.organization_id = :p1 and (u.version, u.id) >"
                + " (:p12, :p2) limit :p3");
    assertThat(p.sql())
        .isEqualTo(
            "select u.* from app_user u where u.organization_id = ? and (u.version, u.id) >"
                + " (?, ?) limit ?");
    assertThat(p.names()).containsExactly("p1", "p12", "p2", "p3");
  }

  @Test
  void castsAndWordsThatLookLikeParametersAreLeftAlone() {
    JdbcReads.Positional p =
        JdbcReads.positional("select x::p1, a:p1, :p1x from t where c = :p1 and d = :p1");
    assertThat(p.sql()).isEqualTo("select x::p1, a:p1, :p1x from t where c = ? and d = ?");
    assertThat(p.names()).containsExactly("p1", "p1");
  }

  @Test
  void theSameShapeIsConvertedOnce() {
    String sql = "select count(*) from scim_group g where g.organization_id = :p1";
    assertThat(JdbcReads.positional(sql)).isSameAs(JdbcReads.positional(sql));
  }
}
