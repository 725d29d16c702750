package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filters on the User string attributes kept in the indexed side table (title, nickName, the
 * remaining name parts, phone numbers, addresses, the enterprise extension), in SQL.
 */
class ScimAttributeFilterIT extends RosterDeployment {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static List<String> userNames(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject list = r.json();
    if (list.getInt("totalResults") == 0) {
      return List.of();
    }
    return list.getJsonArray("Resources").stream()
        .map(v -> v.asJsonObject().getString("userName"))
        .toList();
  }

  private static List<String> filter(ScimClient scim, String filter) {
    return userNames(
        scim.get("/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
  }

  private ScimClient tenantWithProfiles() {
    ScimClient scim = ScimClient.newTenant();
    scim.createUser(
        "ann",
        "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\""
            + ENTERPRISE
            + "\"],\"title\":\"Staff Engineer\",\"nickName\":\"Annie\",\"userType\":\"Employee\","
            + "\"preferredLanguage\":\"en-GB\",\"locale\":\"en-GB\",\"timezone\":\"Europe/London\","
            + "\"profileUrl\":\"https://people.example/ann\","
            + "\"name\":{\"formatted\":\"Dr Ann Q Lee\",\"middleName\":\"Quinn\","
            + "\"honorificPrefix\":\"Dr\",\"honorificSuffix\":\"PhD\"},"
            + "\"phoneNumbers\":[{\"value\":\"+44 20 7946 0000\",\"type\":\"work\"}],"
            + "\"addresses\":[{\"type\":\"work\",\"streetAddress\":\"1 Main St\","
            + "\"locality\":\"London\",\"region\":\"LDN\",\"postalCode\":\"EC1A 1BB\","
            + "\"country\":\"GB\",\"formatted\":\"1 Main St, London\"}],\""
            + ENTERPRISE
            + "\":{\"employeeNumber\":\"E-100\",\"costCenter\":\"CC-7\",\"organization\":\"Acme\","
            + "\"division\":\"R&D\",\"department\":\"Platform\","
            + "\"manager\":{\"value\":\"boss-1\"}}");
    scim.createUser(
        "ben",
        "\"title\":\"Engineer\",\"userType\":\"Contractor\","
            + "\"addresses\":[{\"type\":\"home\",\"locality\":\"Paris\",\"country\":\"FR\"}],"
            + "\"phoneNumbers\":[{\"value\":\"+33 1 00 00 00 00\",\"type\":\"mobile\"}]");
    scim.createUser("cy");
    return scim;
  }

  @Test
  void filtersOnCoreStringAttributes() {
    ScimClient scim = tenantWithProfiles();
    assertThat(filter(scim, "title co \"engineer\"")).containsExactlyInAnyOrder("ann", "ben");
    assertThat(filter(scim, "title eq \"engineer\"")).containsExactly("ben");
    assertThat(filter(scim, "nickName eq \"ANNIE\"")).containsExactly("ann");
    assertThat(filter(scim, "userType ne \"Employee\"")).containsExactlyInAnyOrder("ben", "cy");
    assertThat(filter(scim, "preferredLanguage sw \"en\"")).containsExactly("ann");
    assertThat(filter(scim, "locale eq \"en-GB\"")).containsExactly("ann");
    assertThat(filter(scim, "timezone ew \"/london\"")).containsExactly("ann");
    assertThat(filter(scim, "profileUrl pr")).containsExactly("ann");
    assertThat(filter(scim, "title pr and not (nickName pr)")).containsExactly("ben");
    assertThat(filter(scim, "nickName eq null")).containsExactlyInAnyOrder("ben", "cy");
  }

  @Test
  void filtersOnNamePartsPhonesAndAddresses() {
    ScimClient scim = tenantWithProfiles();
    assertThat(filter(scim, "name.formatted co \"ann q\"")).containsExactly("ann");
    assertThat(filter(scim, "name.middleName eq \"quinn\"")).containsExactly("ann");
    assertThat(filter(scim, "name.honorificPrefix eq \"Dr\"")).containsExactly("ann");
    assertThat(filter(scim, "name.honorificSuffix eq \"phd\"")).containsExactly("ann");
    assertThat(filter(scim, "phoneNumbers.value sw \"+33\"")).containsExactly("ben");
    assertThat(filter(scim, "phoneNumbers co \"7946\"")).containsExactly("ann");
    assertThat(filter(scim, "addresses.locality eq \"paris\"")).containsExactly("ben");
    assertThat(filter(scim, "addresses.country eq \"GB\" or addresses.country eq \"FR\""))
        .containsExactlyInAnyOrder("ann", "ben");
    assertThat(filter(scim, "addresses.postalCode sw \"EC1A\"")).containsExactly("ann");
    assertThat(filter(scim, "addresses.streetAddress co \"main\"")).containsExactly("ann");
    assertThat(filter(scim, "addresses.region eq \"LDN\"")).containsExactly("ann");
    assertThat(filter(scim, "addresses.formatted co \"london\"")).containsExactly("ann");
  }

  @Test
  void filtersOnTheEnterpriseExtension() {
    ScimClient scim = tenantWithProfiles();
    for (String f :
        List.of(
            ENTERPRISE + ":employeeNumber eq \"E-100\"",
            ENTERPRISE + ":costCenter eq \"cc-7\"",
            ENTERPRISE + ":organization eq \"Acme\"",
            ENTERPRISE + ":division eq \"R&D\"",
            ENTERPRISE + ":department sw \"plat\"",
            ENTERPRISE + ":manager.value eq \"boss-1\"")) {
      assertThat(filter(scim, f)).as(f).containsExactly("ann");
    }
  }

  @Test
  void theIndexFollowsChangesAndValuesAreBoundNotInterpolated() {
    ScimClient scim = tenantWithProfiles();
    String ben = filterId(scim, "userName eq \"ben\"");
    Http.Response patched =
        scim.patch(
            "/Users/" + ben,
            ScimClient.patchOps("[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Manager\"}]"));
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(filter(scim, "title eq \"engineer\"")).isEmpty();
    assertThat(filter(scim, "title eq \"manager\"")).containsExactly("ben");
    assertThat(filter(scim, "title eq \"x' or '1'='1\"")).isEmpty();
    assertThat(filter(scim, "title co \"%\"")).isEmpty();
    Http.Response valuePath =
        scim.get(
            "/Users?filter="
                + URLEncoder.encode("addresses[locality eq \"paris\"]", StandardCharsets.UTF_8));
    assertThat(valuePath.status()).isEqualTo(400);
    assertThat(valuePath.json().getString("scimType")).isEqualTo("invalidFilter");
  }

  private static String filterId(ScimClient scim, String filter) {
    return scim.get("/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))
        .json()
        .getJsonArray("Resources")
        .getJsonObject(0)
        .getString("id");
  }

  @Test
  void rolesEntitlementsAndGroupNamesAreFilterable() {
    ScimClient scim = ScimClient.newTenant();
    String dee =
        scim.createUser(
            "dee",
            "\"roles\":[{\"value\":\"Billing-Admin\",\"primary\":true}],"
                + "\"entitlements\":[{\"value\":\"license-pro\"}]");
    scim.createUser("eve", "\"roles\":[{\"value\":\"reader\"}]");
    scim.createGroup("Finance Team", dee);

    assertThat(filter(scim, "roles.value eq \"billing-admin\"")).containsExactly("dee");
    assertThat(filter(scim, "roles eq \"READER\"")).containsExactly("eve");
    assertThat(filter(scim, "entitlements.value sw \"license\"")).containsExactly("dee");
    assertThat(filter(scim, "groups.display eq \"finance team\"")).containsExactly("dee");
    assertThat(filter(scim, "groups.display co \"nope\"")).isEmpty();
  }
}
