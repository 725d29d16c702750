package dev.roster.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.group.Group;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.user.User;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void aKeyIsTrimmedAndLowerCasedWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(Keys.of("  Pat.IVY@Example.COM \t")).isEqualTo("pat.ivy@example.com");
    } finally {
      Locale.setDefault(before);
    }
    assertThat(Keys.of(null)).isNull();
  }

  @Test
  void emailsGroupNamesAndIdpValuesShareIt() {
    String value = " Sales Team ";
    assertThat(User.normalizeEmail(value)).isEqualTo(Keys.of(value));
    assertThat(Group.key(value)).isEqualTo(Keys.of(value));
    assertThat(RoleMapping.normalize(value)).isEqualTo(Keys.of(value));
  }
}
