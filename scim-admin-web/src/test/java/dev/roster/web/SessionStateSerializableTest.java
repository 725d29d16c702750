package dev.roster.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Console sessions are replicated between nodes, and a view-scoped bean lives in the session with
 * its fields, the rows its table shows included. One value that cannot be serialized and a node
 * that joins the cluster cannot take over the sessions (its start fails on the state transfer).
 * Every field of a session- or view-scoped bean, and every type it holds (type arguments, record
 * components), must be serializable.
 */
class SessionStateSerializableTest {

  @Test
  void everythingASessionHoldsIsSerializable() {
    List<String> offenders = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (JavaClass bean :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster.web")) {
      if (!bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(SessionScoped.class)) {
        continue;
      }
      Class<?> type = bean.reflect();
      check(type, type.getName(), offenders, seen);
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())
            && !Modifier.isTransient(field.getModifiers())
            && !field.isAnnotationPresent(Inject.class)) {
          check(
              field.getGenericType(),
              type.getSimpleName() + "." + field.getName(),
              offenders,
              seen);
        }
      }
    }
    assertThat(offenders).as("not serializable, yet kept in a console session").isEmpty();
  }

  private static void check(Type type, String where, List<String> offenders, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), where, offenders, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where, offenders, seen);
      }
    } else if (type instanceof Class<?> c && !c.isPrimitive()) {
      // Interfaces (List, Map) are checked through their type arguments; the implementations
      // Roster uses (List.of, ArrayList) serialize.
      if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
        offenders.add(c.getName() + " (in " + where + ")");
      }
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          check(component.getGenericType(), where, offenders, seen);
        }
      }
      // A generic superclass carries the row type of a table model (PagedModel<UserView>); the
      // superclass itself need not be serializable (Faces' DataModel is not, LazyDataModel is).
      if (c.getGenericSuperclass() instanceof ParameterizedType superType) {
        for (Type argument : superType.getActualTypeArguments()) {
          check(argument, where, offenders, seen);
        }
      }
    }
  }
}
