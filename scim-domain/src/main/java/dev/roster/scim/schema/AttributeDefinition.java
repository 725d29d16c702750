package dev.roster.scim.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One attribute of a schema with its RFC 7643 §7 characteristics. Immutable; build with the {@code
 * with*} methods starting from {@link #of(String, AttributeType)}.
 */
public record AttributeDefinition(
    String name,
    AttributeType type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    String uniqueness,
    List<String> canonicalValues,
    List<String> referenceTypes,
    List<AttributeDefinition> subAttributes) {

  public AttributeDefinition {
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
    subAttributes = List.copyOf(subAttributes);
  }

  public static AttributeDefinition of(String name, AttributeType type) {
    return new AttributeDefinition(
        name,
        type,
        false,
        "",
        false,
        false,
        Mutability.READ_WRITE,
        Returned.DEFAULT,
        "none",
        List.of(),
        List.of(),
        List.of());
  }

  public static AttributeDefinition string(String name, String description) {
    return of(name, AttributeType.STRING).describedAs(description);
  }

  public static AttributeDefinition complex(
      String name, String description, AttributeDefinition... subAttributes) {
    return of(name, AttributeType.COMPLEX).describedAs(description).withSub(List.of(subAttributes));
  }

  public AttributeDefinition describedAs(String text) {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        text,
        required,
        caseExact,
        mutability,
        returned,
        uniqueness,
        canonicalValues,
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition multi() {
    return new AttributeDefinition(
        name,
        type,
        true,
        description,
        required,
        caseExact,
        mutability,
        returned,
        uniqueness,
        canonicalValues,
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition requiredAttr() {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        true,
        caseExact,
        mutability,
        returned,
        uniqueness,
        canonicalValues,
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition exact() {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        required,
        true,
        mutability,
        returned,
        uniqueness,
        canonicalValues,
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition with(Mutability m, Returned r) {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        required,
        caseExact,
        m,
        r,
        uniqueness,
        canonicalValues,
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition unique(String value) {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        required,
        caseExact,
        mutability,
        returned,
        value,
        canonicalValues,
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition canonical(String... values) {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        required,
        caseExact,
        mutability,
        returned,
        uniqueness,
        List.of(values),
        referenceTypes,
        subAttributes);
  }

  public AttributeDefinition references(String... types) {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        required,
        caseExact,
        mutability,
        returned,
        uniqueness,
        canonicalValues,
        List.of(types),
        subAttributes);
  }

  public AttributeDefinition withSub(List<AttributeDefinition> subs) {
    return new AttributeDefinition(
        name,
        type,
        multiValued,
        description,
        required,
        caseExact,
        mutability,
        returned,
        uniqueness,
        canonicalValues,
        referenceTypes,
        subs);
  }

  /** The sub-attribute called {@code wanted}, in any case. */
  public Optional<AttributeDefinition> sub(String wanted) {
    return find(subAttributes, wanted);
  }

  public boolean readOnly() {
    return mutability == Mutability.READ_ONLY;
  }

  static Optional<AttributeDefinition> find(List<AttributeDefinition> in, String wanted) {
    if (wanted == null) {
      return Optional.empty();
    }
    String key = wanted.toLowerCase(Locale.ROOT);
    return in.stream().filter(a -> a.name.toLowerCase(Locale.ROOT).equals(key)).findFirst();
  }
}
