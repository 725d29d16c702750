package dev.roster.scim.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.error.MutabilityException;
import dev.roster.scim.error.NoTargetException;
import dev.roster.scim.model.JsonTree;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.path.InvalidPathException;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatchEngineTest {
  private static final String ENTERPRISE = ScimSchemas.ENTERPRISE_USER;
  private final ScimCanonicalizer canon = new ScimCanonicalizer(ScimSchemas.USER_TYPE);
  private final PatchEngine engine = new PatchEngine(canon);

  private Map<String, Object> user() {
    return canon.resource(
        json(
            """
            {"userName":"bjensen","active":true,"name":{"givenName":"Barbara","familyName":"J"},
             "emails":[{"value":"b@work.com","type":"work","primary":true},
                       {"value":"b@home.org","type":"home"}]}
            """));
  }

  private Map<String, Object> patch(Map<String, Object> resource, String operations) {
    return engine.apply(resource, PatchRequest.parse(json("{\"Operations\":" + operations + "}")));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static JsonObject out(Map<String, Object> tree) {
    return JsonTree.toJsonObject(tree);
  }

  @Test
  void replacesASimpleAttributeWithOpNameInAnyCase() {
    var r = patch(user(), "[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Babs\"}]");
    assertThat(out(r).getString("displayName")).isEqualTo("Babs");
  }

  @Test
  void addsEntrasBareManagerIdAndRemovesItByPath() {
    var r =
        patch(
            user(), "[{\"op\":\"Add\",\"path\":\"" + ENTERPRISE + ":manager\",\"value\":\"m-1\"}]");
    assertThat(out(r).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo("m-1");
    var removed = patch(r, "[{\"op\":\"Remove\",\"path\":\"" + ENTERPRISE + ":manager\"}]");
    assertThat(out(removed).containsKey(ENTERPRISE)).isFalse();
  }

  @Test
  void replacesASubAttributeByDottedPath() {
    var r = patch(user(), "[{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":\"B\"}]");
    assertThat(out(r).getJsonObject("name").getString("givenName")).isEqualTo("B");
    assertThat(out(r).getJsonObject("name").getString("familyName")).isEqualTo("J");
  }

  @Test
  void pathlessReplaceAcceptsDottedAndUrnKeysAndBooleanStrings() {
    var r =
        patch(
            user(),
            "[{\"op\":\"replace\",\"value\":{\"name.familyName\":\"Jensen\",\"ACTIVE\":\"False\","
                + "\""
                + ENTERPRISE
                + ":employeeNumber\":\"42\"}}]");
    JsonObject o = out(r);
    assertThat(o.getJsonObject("name").getString("familyName")).isEqualTo("Jensen");
    assertThat(o.getBoolean("active")).isFalse();
    assertThat(o.getJsonObject(ENTERPRISE).getString("employeeNumber")).isEqualTo("42");
  }

  @Test
  void pathlessValuesMayEchoReadOnlyAttributes() {
    var r = patch(user(), "[{\"op\":\"replace\",\"value\":{\"id\":\"x\",\"nickName\":\"N\"}}]");
    assertThat(out(r).getString("nickName")).isEqualTo("N");
    assertThat(out(r).containsKey("id")).isFalse();
  }

  @Test
  void valueFilterPathTargetsOneEmail() {
    var r =
        patch(
            user(),
            "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                + "\"value\":\"new@work.com\"}]");
    var emails = out(r).getJsonArray("emails");
    assertThat(emails.getJsonObject(0).getString("value")).isEqualTo("new@work.com");
    assertThat(emails.getJsonObject(1).getString("value")).isEqualTo("b@home.org");
  }

  @Test
  void replaceWithUnmatchedEqualityFilterCreatesTheValue() {
    var r =
        patch(
            user(),
            "[{\"op\":\"replace\",\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\","
                + "\"value\":\"555\"}]");
    var phone = out(r).getJsonArray("phoneNumbers").getJsonObject(0);
    assertThat(phone.getString("type")).isEqualTo("mobile");
    assertThat(phone.getString("value")).isEqualTo("555");
  }

  @Test
  void removeByValueFilterAndWholeAttribute() {
    var r = patch(user(), "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"home\\\"]\"}]");
    assertThat(out(r).getJsonArray("emails")).hasSize(1);
    r = patch(r, "[{\"op\":\"remove\",\"path\":\"emails\"}]");
    assertThat(out(r).containsKey("emails")).isFalse();
  }

  @Test
  void addAppendsAndMovesPrimary() {
    var r =
        patch(
            user(),
            "[{\"op\":\"add\",\"path\":\"emails\","
                + "\"value\":[{\"value\":\"x@y.z\",\"type\":\"other\",\"primary\":true}]}]");
    var emails = out(r).getJsonArray("emails");
    assertThat(emails).hasSize(3);
    assertThat(emails.getJsonObject(0).containsKey("primary")).isFalse();
    assertThat(emails.getJsonObject(2).getBoolean("primary")).isTrue();
  }

  @Test
  void managerIsSetByValueOrArrayAndClearedByEmptyValue() {
    String path = ENTERPRISE + ":manager";
    var r =
        patch(user(), "[{\"op\":\"add\",\"path\":\"" + path + "\",\"value\":{\"value\":\"m1\"}}]");
    assertThat(out(r).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo("m1");
    r =
        patch(
            r,
            "[{\"op\":\"replace\",\"path\":\""
                + path
                + "\",\"value\":[{\"$ref\":null,\"value\":\"m2\"}]}]");
    assertThat(out(r).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo("m2");
    r = patch(r, "[{\"op\":\"replace\",\"path\":\"" + path + "\",\"value\":{\"value\":\"\"}}]");
    assertThat(out(r).containsKey(ENTERPRISE)).isFalse();
  }

  @Test
  void entrasManagerWithoutTheComplianceFlagIsTheEnterpriseManager() {
    // Entra without aadOptscim062020: path "manager", value an array holding one reference.
    var r =
        patch(
            user(),
            "[{\"op\":\"Add\",\"path\":\"manager\",\"value\":[{\"$ref\":null,\"value\":\"m-1\"}]}]");
    assertThat(out(r).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo("m-1");
    assertThat(out(r).containsKey("manager")).isFalse();
    r = patch(r, "[{\"op\":\"Replace\",\"path\":\"manager.value\",\"value\":\"m-2\"}]");
    assertThat(out(r).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo("m-2");
    r = patch(r, "[{\"op\":\"Remove\",\"path\":\"manager\"}]");
    assertThat(out(r).containsKey(ENTERPRISE)).isFalse();
  }

  @Test
  void anAttributeNoSchemaDefinesIsStillAnUnknownPath() {
    assertThatThrownBy(() -> patch(user(), "[{\"op\":\"add\",\"path\":\"boss\",\"value\":\"x\"}]"))
        .isInstanceOf(InvalidPathException.class);
  }

  @Test
  void entrasAppRoleAsAJsonStringIsAddedAsAnOrdinaryRole() {
    String role =
        "{\\\"id\\\":\\\"06b07648\\\",\\\"value\\\":\\\"Admin\\\","
            + "\\\"displayName\\\":\\\"Administrator\\\"}";
    var r =
        patch(
            user(),
            "[{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":\"" + role + "\"}]}]");
    var roles = out(r).getJsonArray("roles");
    assertThat(roles).hasSize(1);
    assertThat(roles.getJsonObject(0).getString("value")).isEqualTo("Admin");
    assertThat(roles.getJsonObject(0).getString("display")).isEqualTo("Administrator");
    assertThat(roles.getJsonObject(0).containsKey("id")).isFalse();
    // The same role again, as an ordinary object, is not added twice.
    r = patch(r, "[{\"op\":\"Add\",\"path\":\"roles\",\"value\":[{\"value\":\"admin\"}]}]");
    assertThat(out(r).getJsonArray("roles")).hasSize(1);
    // And removing it in the JSON-string form removes it.
    r =
        patch(
            r, "[{\"op\":\"Remove\",\"path\":\"roles\",\"value\":[{\"value\":\"" + role + "\"}]}]");
    assertThat(out(r).containsKey("roles")).isFalse();
  }

  @Test
  void aMalformedJsonLookingRoleStaysAPlainValue() {
    var r =
        patch(
            user(),
            "[{\"op\":\"Add\",\"path\":\"roles\",\"value\":["
                + "{\"value\":\"{not json}\"},{\"value\":\"{\\\"id\\\":\\\"1\\\"}\"}]}]");
    var roles = out(r).getJsonArray("roles");
    assertThat(roles.getJsonObject(0).getString("value")).isEqualTo("{not json}");
    assertThat(roles.getJsonObject(1).getString("value")).isEqualTo("{\"id\":\"1\"}");
  }

  @Test
  void isAllOrNothing() {
    Map<String, Object> before = user();
    assertThatThrownBy(
            () ->
                patch(
                    before,
                    "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"X\"},"
                        + "{\"op\":\"replace\",\"path\":\"active\",\"value\":[1,2]}]"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(before).doesNotContainKey("displayName");
  }

  @Test
  void aValueOfTheWrongTypeIsInvalid() {
    Map<String, Object> before = user();
    for (String op :
        List.of(
            "{\"op\":\"replace\",\"path\":\"userType\",\"value\":true}",
            "{\"op\":\"replace\",\"path\":\"name.givenName\",\"value\":false}",
            "{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Barbara\"}",
            "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"yes\"}",
            "{\"op\":\"replace\",\"value\":{\"title\":true}}")) {
      assertThatThrownBy(() -> patch(before, "[" + op + "]"))
          .as(op)
          .isInstanceOf(InvalidValueException.class);
    }
    assertThat(before).isEqualTo(user());
  }

  @Test
  void reportsProtocolErrors() {
    assertThatThrownBy(() -> patch(user(), "[{\"op\":\"remove\"}]"))
        .isInstanceOf(NoTargetException.class);
    assertThatThrownBy(() -> patch(user(), "[{\"op\":\"add\",\"path\":\"nope\",\"value\":1}]"))
        .isInstanceOf(InvalidPathException.class);
    assertThatThrownBy(() -> patch(user(), "[{\"op\":\"add\",\"path\":\"emails[\",\"value\":1}]"))
        .isInstanceOf(InvalidPathException.class);
    assertThatThrownBy(
            () -> patch(user(), "[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]"))
        .isInstanceOf(MutabilityException.class);
    assertThatThrownBy(() -> patch(user(), "[{\"op\":\"move\",\"path\":\"id\"}]"))
        .isInstanceOf(dev.roster.scim.error.InvalidSyntaxException.class);
  }

  @Test
  void groupPlanSeparatesMemberChanges() {
    GroupPatchPlan plan =
        GroupPatchPlan.of(
            PatchRequest.parse(
                json(
                    """
                    {"Operations":[
                      {"op":"Add","path":"members","value":[{"value":"a"},{"value":"b"}]},
                      {"op":"Remove","path":"members[value eq \\"c\\"]"},
                      {"op":"remove","path":"members","value":[{"value":"d"}]},
                      {"op":"replace","value":{"displayName":"New","members":[{"value":"e"}]}},
                      {"op":"remove","path":"members"}]}
                    """)));
    assertThat(plan.members())
        .extracting(MemberChange::kind)
        .containsExactly(
            MemberChange.Kind.ADD,
            MemberChange.Kind.REMOVE,
            MemberChange.Kind.REMOVE,
            MemberChange.Kind.REPLACE,
            MemberChange.Kind.REMOVE_ALL);
    assertThat(plan.members().get(0).memberIds()).isEqualTo(List.of("a", "b"));
    assertThat(plan.members().get(1).memberIds()).isEqualTo(List.of("c"));
    assertThat(plan.attributeOperations()).hasSize(1);
  }
}
