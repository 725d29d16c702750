package dev.roster.application.scim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.scim.model.JsonTree;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDocumentTest {
  private final ScimCanonicalizer canon = new ScimCanonicalizer(ScimSchemas.USER_TYPE);

  private UserDocument doc(String json) {
    return new UserDocument(canon.resource(Json.createReader(new StringReader(json)).readObject()));
  }

  @Test
  void thePrimaryEmailWinsElseTheFirst() {
    assertThat(
            doc("{\"userName\":\"a\",\"emails\":[{\"value\":\"1\"},{\"value\":\"2\",\"primary\":true}]}")
                .email())
        .isEqualTo("2");
    assertThat(doc("{\"userName\":\"a\",\"emails\":[{\"value\":\"1\"},{\"value\":\"2\"}]}").email())
        .isEqualTo("1");
    assertThat(doc("{\"userName\":\"a\"}").email()).isNull();
  }

  @Test
  void roleValuesComePrimaryFirst() {
    assertThat(
            doc("{\"userName\":\"a\",\"roles\":[{\"value\":\"Viewer\"},"
                    + "{\"value\":\"Admin\",\"primary\":true}]}")
                .roleValues())
        .containsExactly("Admin", "Viewer");
  }

  @Test
  void columnsAndThePasswordStayOutOfTheStoredDocument() {
    UserDocument d =
        doc(
            "{\"userName\":\"a\",\"externalId\":\"x\",\"active\":false,\"password\":\"p\","
                + "\"displayName\":\"A\"}");
    assertThat(d.userName()).isEqualTo("a");
    assertThat(d.externalId()).isEqualTo("x");
    assertThat(d.active()).isFalse();
    assertThat(d.password()).isEqualTo("p");
    assertThat(JsonTree.parse(d.storedJson())).containsOnlyKeys("displayName");
  }

  @Test
  void theEditableTreeIsTheStoredDocumentWithTheColumns() {
    Map<String, Object> tree = UserDocument.editable("{\"displayName\":\"A\"}", "a", null, true);
    assertThat(tree)
        .containsEntry("userName", "a")
        .containsEntry("active", true)
        .containsEntry("displayName", "A")
        .doesNotContainKey("externalId");
  }
}
