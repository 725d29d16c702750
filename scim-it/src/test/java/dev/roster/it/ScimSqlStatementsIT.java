package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;

/**
 * How many SQL statements SCIM requests run, from Hibernate's statistics. Budgets are for the
 * operation itself: the statement authentication costs (the token joined to its organization, the
 * same for every SCIM request) is measured separately and subtracted, and reported with the totals.
 */
class ScimSqlStatementsIT extends RosterDeployment {
  @ArquillianResource ManagementClient management;

  private long operation(SqlStatements sql, ScimClient scim, String what, long total) {
    long auth = sql.authentication(scim);
    System.out.println(
        "SQL statements: "
            + what
            + " = "
            + total
            + " in total, "
            + (total - auth)
            + " + "
            + auth
            + " for authentication");
    return total - auth;
  }

  @Test
  void creatingAUserRunsAtMostSixStatementsAuthenticationIncluded() {
    ScimClient scim = ScimClient.newTenant();
    SqlStatements sql = new SqlStatements(management);
    long total =
        sql.of(
            i ->
                scim.post(
                    "/Users",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + "\"userName\":\"new"
                        + i
                        + "@example.com\",\"name\":{\"givenName\":\"New\",\"familyName\":\"Person\"},"
                        + "\"emails\":[{\"value\":\"new"
                        + i
                        + "@example.com\",\"type\":\"work\",\"primary\":true}]}"));
    operation(sql, scim, "POST /Users", total);
    // Authentication included: token with its organization, organization, user, emails, audit
    // event, change event (no attribute-index row: nothing here needs one).
    assertThat(total).isLessThanOrEqualTo(6);
  }

  @Test
  void authenticationIsOneStatementAndReadingAUserOne() {
    ScimClient scim = ScimClient.newTenant();
    String id = scim.createUser("read.me");
    scim.createGroup("readers", id);
    SqlStatements sql = new SqlStatements(management);
    assertThat(sql.authentication(scim)).isEqualTo(1);
    long total = sql.of(i -> scim.get("/Users/" + id));
    assertThat(scim.get("/Users/" + id).json().getJsonArray("groups")).hasSize(1);
    // The user joined to its groups, one statement; no IdP-role query for a read.
    assertThat(operation(sql, scim, "GET /Users/{id}", total)).isEqualTo(1);
    assertThat(sql.of(i -> scim.get("/Users/" + id + "?excludedAttributes=groups")) - 1)
        .isEqualTo(1);
  }

  @Test
  void aListPageOf100UsersRunsAtMostThreeStatements() {
    ScimClient scim = ScimClient.newTenant();
    Fixtures.scimMembers(scim.tenant.organizationId().toString(), null, "listed", 120);
    String member = scim.createUser("member.of.groups");
    scim.createGroup("listed-group", member);
    SqlStatements sql = new SqlStatements(management);
    long total = sql.of(i -> scim.get("/Users?count=100&startIndex=" + (1 + i)));
    assertThat(scim.get("/Users?count=100").json().getJsonArray("Resources")).hasSize(100);
    assertThat(operation(sql, scim, "GET /Users?count=100", total)).isLessThanOrEqualTo(3);
  }

  @Test
  void aCursorPageOf100UsersRunsAtMostThreeStatements() {
    ScimClient scim = ScimClient.newTenant();
    Fixtures.scimMembers(scim.tenant.organizationId().toString(), null, "paged", 450);
    String member = scim.createUser("member.of.groups");
    scim.createGroup("paged-group", member);
    String[] cursors = new String[3];
    String cursor = "";
    for (int i = 0; i < cursors.length; i++) {
      cursor = CursorPages.get(scim, "/Users?count=100", cursor).next();
      cursors[i] = cursor;
    }
    SqlStatements sql = new SqlStatements(management);
    long total = sql.of(i -> scim.get("/Users?count=100&cursor=" + cursors[i]));
    assertThat(CursorPages.get(scim, "/Users?count=100", cursors[2]).ids()).hasSize(100);
    assertThat(operation(sql, scim, "GET /Users?count=100&cursor=...", total))
        .isLessThanOrEqualTo(3);
  }

  @Test
  void addingOrRemovingOneMemberCostsTheSameForSmallAndLargeGroups() {
    ScimClient scim = ScimClient.newTenant();
    String org = scim.tenant.organizationId().toString();
    String small = scim.createGroup("small");
    String large = scim.createGroup("large");
    Fixtures.scimMembers(org, small, "small", 10);
    Fixtures.scimMembers(org, large, "large", 1000);
    SqlStatements sql = new SqlStatements(management);
    String[] extra = {
      scim.createUser("extra0"), scim.createUser("extra1"), scim.createUser("extra2")
    };

    long addSmall = sql.of(i -> scim.patch("/Groups/" + small, addMember(extra[i])));
    long addLarge = sql.of(i -> scim.patch("/Groups/" + large, addMember(extra[i])));
    long removeSmall = sql.of(i -> scim.patch("/Groups/" + small, removeMember(extra[i])));
    long removeLarge = sql.of(i -> scim.patch("/Groups/" + large, removeMember(extra[i])));

    operation(sql, scim, "PATCH +1 member, 10-member group", addSmall);
    operation(sql, scim, "PATCH +1 member, 1000-member group", addLarge);
    operation(sql, scim, "PATCH -1 member, 10-member group", removeSmall);
    operation(sql, scim, "PATCH -1 member, 1000-member group", removeLarge);
    assertThat(addLarge).isEqualTo(addSmall);
    assertThat(removeLarge).isEqualTo(removeSmall);
    assertThat(scim.get("/Groups/" + large).json().getJsonArray("members")).hasSize(1000);
  }

  @Test
  void listingGroupsWithoutMembersRunsNoMemberQuery() {
    ScimClient scim = ScimClient.newTenant();
    String org = scim.tenant.organizationId().toString();
    for (int i = 0; i < 3; i++) {
      Fixtures.scimMembers(org, scim.createGroup("team" + i), "team" + i + "-", 20);
    }
    SqlStatements sql = new SqlStatements(management);
    long withMembers = sql.of(i -> scim.get("/Groups"));
    long withoutMembers = sql.of(i -> scim.get("/Groups?excludedAttributes=members"));
    operation(sql, scim, "GET /Groups", withMembers);
    long without = operation(sql, scim, "GET /Groups?excludedAttributes=members", withoutMembers);
    assertThat(withoutMembers).isEqualTo(withMembers - 1);
    // Only the page: the group-sync switch came with the token, and a short page needs no count.
    assertThat(without).isEqualTo(1);
  }

  private static String addMember(String id) {
    return ScimClient.patchOps(
        "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}]");
  }

  private static String removeMember(String id) {
    return ScimClient.patchOps(
        "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}]");
  }
}
