package migrationtutor.engine.pyeval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module: a named namespace. The interpreter runs scripts in one; bindings build the modules they
 * expose ({@code sqlalchemy}, {@code alembic.op}) from it; a missing attribute reads {@code module
 * 'sqlalchemy' has no attribute 'Strng'} as in CPython.
 */
public final class PyModule implements PyNative {
  private final String name;
  private final String file;
  private final Map<String, PyValue> namespace = new LinkedHashMap<>();

  /** A module without a file (a binding). */
  public PyModule(String name) {
    this(name, null);
  }

  /** A module loaded from a file (a script). */
  public PyModule(String name, String file) {
    this.name = java.util.Objects.requireNonNull(name);
    this.file = file;
  }

  /** The dotted module name. */
  public String name() {
    return name;
  }

  /** The file it was loaded from, or null. */
  public String file() {
    return file;
  }

  /** The live namespace (globals of a script). */
  public Map<String, PyValue> namespace() {
    return namespace;
  }

  /** Binds a name; returns this module for chaining. */
  public PyModule put(String key, PyValue value) {
    namespace.put(key, value);
    return this;
  }

  /** The value bound to a name, or null. */
  public PyValue get(String key) {
    return namespace.get(key);
  }

  @Override
  public String typeName() {
    return "module";
  }

  @Override
  public String repr() {
    return file == null ? "<module '" + name + "'>" : "<module '" + name + "' from '" + file + "'>";
  }

  @Override
  public PyValue attribute(String attr) {
    return namespace.get(attr);
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("module '" + name + "' has no attribute '" + attr + "'");
  }

  @Override
  public void setAttribute(String attr, PyValue value) {
    namespace.put(attr, value);
  }
}
