package dev.roster.scim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class ScimCanonicalizerTest {
  private final ScimCanonicalizer canon = new ScimCanonicalizer(ScimSchemas.USER_TYPE);

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void attributeNamesInAnyCaseBecomeCanonical() {
    Map<String, Object> tree =
        canon.resource(
            json("{\"USERNAME\":\"a\",\"Name\":{\"GIVENNAME\":\"B\"},\"Active\":\"True\"}"));
    assertThat(tree).containsEntry("userName", "a").containsEntry("active", true);
    assertThat((Map<String, Object>) tree.get("name")).containsEntry("givenName", "B");
  }

  @Test
  void readOnlyAndUnknownAttributesAreDropped() {
    Map<String, Object> tree =
        canon.resource(
            json(
                "{\"userName\":\"a\",\"id\":\"x\",\"meta\":{},\"groups\":[{\"value\":\"g\"}],"
                    + "\"favoriteColor\":\"red\"}"));
    assertThat(tree).containsOnlyKeys("userName");
  }

  @Test
  void extensionDataIsAcceptedWithoutItsUrnInSchemas() {
    Map<String, Object> tree =
        canon.resource(
            json(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"a\","
                    + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:user\":"
                    + "{\"Department\":\"R&D\"}}"));
    assertThat((Map<String, Object>) tree.get(ScimSchemas.ENTERPRISE_USER))
        .containsEntry("department", "R&D");
  }

  @Test
  void wrongTypesAreRejected() {
    assertThatThrownBy(() -> canon.resource(json("{\"userName\":{\"a\":1}}")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> canon.resource(json("{\"userName\":\"a\",\"active\":\"yes\"}")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> canon.resource(json("{\"userName\":\"a\",\"name\":\"x\"}")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> canon.resource(json("{\"userName\":\"a\",\"userType\":true}")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'userType' must be a string");
    assertThatThrownBy(
            () -> canon.resource(json("{\"userName\":\"a\",\"emails\":[{\"value\":false}]}")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aNumberInAStringAttributeIsKeptAsItsText() {
    Map<String, Object> tree =
        canon.resource(
            json(
                "{\"userName\":\"a\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
                    + "{\"employeeNumber\":4711}}"));
    assertThat((Map<String, Object>) tree.get(ScimSchemas.ENTERPRISE_USER))
        .containsEntry("employeeNumber", "4711");
  }

  @Test
  void aBareManagerIdIsTheManagersValueAndAnEmptyOneIsNoManager() {
    // Entra sends the enterprise manager as the manager's id; OneLogin templates send "".
    String urn = "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"";
    Map<String, Object> tree =
        canon.resource(json("{\"userName\":\"a\"," + urn + ":{\"manager\":\"m-1\"}}"));
    assertThat((Map<String, Object>) tree.get(ScimSchemas.ENTERPRISE_USER))
        .containsEntry("manager", Map.of("value", "m-1"));
    Map<String, Object> none =
        canon.resource(
            json(
                "{\"userName\":\"a\","
                    + urn
                    + ":{\"department\":\"D\",\"manager\":{\"value\":\"\",\"displayName\":\" \"}}}"));
    assertThat((Map<String, Object>) none.get(ScimSchemas.ENTERPRISE_USER))
        .containsOnlyKeys("department");
    assertThat(canon.resource(json("{\"userName\":\"a\"," + urn + ":{\"manager\":\"\"}}")))
        .containsOnlyKeys("userName");
  }

  @Test
  void rolesAreReadFromEntrasJsonStringsAndOrdinaryObjectsAlike() {
    Map<String, Object> tree =
        canon.resource(
            json(
                """
                {"userName":"a","roles":[
                  {"primary":true,"type":"WindowsAzureActiveDirectoryRole","display":"Editor",
                   "value":"Editor"},
                  {"value":"{\\"id\\":\\"1\\",\\"value\\":\\"Admin\\",\\"displayName\\":\\"Admin\\"}"},
                  "{\\"value\\":\\"Owner\\",\\"type\\":\\"app\\"}",
                  {"value":"{broken"}]}
                """));
    JsonObject o = JsonTree.toJsonObject(tree);
    var roles = o.getJsonArray("roles");
    assertThat(roles.getJsonObject(0).getString("value")).isEqualTo("Editor");
    assertThat(roles.getJsonObject(0).getBoolean("primary")).isTrue();
    assertThat(roles.getJsonObject(1))
        .isEqualTo(json("{\"value\":\"Admin\",\"display\":\"Admin\"}"));
    assertThat(roles.getJsonObject(2)).isEqualTo(json("{\"value\":\"Owner\",\"type\":\"app\"}"));
    assertThat(roles.getJsonObject(3).getString("value")).isEqualTo("{broken");
  }

  @Test
  void onlyOnePrimaryValueSurvives() {
    Map<String, Object> tree =
        canon.resource(
            json(
                "{\"userName\":\"a\",\"emails\":[{\"value\":\"1\",\"primary\":true},"
                    + "{\"value\":\"2\",\"primary\":true}]}"));
    JsonObject o = JsonTree.toJsonObject(tree);
    assertThat(o.getJsonArray("emails").getJsonObject(1).getBoolean("primary")).isFalse();
    assertThat(o.getJsonArray("emails").getJsonObject(0).getBoolean("primary")).isTrue();
  }

  @Test
  void attributeSelectionKeepsIdAndSchemas() {
    JsonObject resource =
        json(
            "{\"schemas\":[],\"id\":\"1\",\"userName\":\"a\",\"name\":{\"givenName\":\"B\",\"familyName\":\"C\"},\"title\":\"t\"}");
    JsonObject only = AttributeSelection.of("userName,name.givenName", null).apply(resource);
    assertThat(only.keySet()).containsExactlyInAnyOrder("schemas", "id", "userName", "name");
    assertThat(only.getJsonObject("name").keySet()).containsExactly("givenName");
    JsonObject without = AttributeSelection.of(null, "title").apply(resource);
    assertThat(without.containsKey("title")).isFalse();
    assertThat(AttributeSelection.of(null, "members").includes("members")).isFalse();
  }
}
