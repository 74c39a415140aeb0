package io.github.minutebook.validation;

/**
 * A property the walk descends into: its owner, name, the type of its values, and its rank among
 * the owner's walked properties in the order of the owner's accessors. The generated {@code
 * ModelWalk} declares one for each property of the model that holds values of the model.
 */
final class Field {
  final Class<?> owner;
  final String name;
  final Class<?> type;
  final int rank;
  /** Whether the field's type is a sealed interface (a party), whose values are of one of its kinds. */
  final boolean ofInterface;

  Field(Class<?> owner, String name, Class<?> type, int rank) {
    this.owner = owner;
    this.name = name;
    this.type = type;
    this.rank = rank;
    this.ofInterface = type.isInterface();
  }

  @Override
  public String toString() {
    return owner.getSimpleName() + "." + name;
  }
}
