package migrationtutor.engine.pyeval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Stmt;

/**
 * A class defined by the script: its name, evaluated bases and keywords, the namespace its body
 * built, and its annotations. Later readers (SQLAlchemy models) inspect it; creating instances is
 * not supported, except for exception classes, which {@code raise MyError("x")} can use.
 */
public final class PyClass implements PyNative {
  private final String name;
  private final String qualname;
  private final String moduleName;
  private final List<PyValue> bases;
  private final Map<String, PyValue> keywords;
  private final Map<String, PyValue> namespace;
  private final Map<String, Expr> annotationSources;
  private final Stmt.ClassDef def;
  private final String file;
  private final PyModule module;
  private final long creationOrder = CREATED.incrementAndGet();
  private PyExceptionType exceptionType;

  // Like SQLAlchemy's _creation_order counter: a global sequence, so classes compare by the order
  // their statements ran in, across modules.
  private static final AtomicLong CREATED = new AtomicLong();

  PyClass(
      String name,
      String qualname,
      String moduleName,
      List<PyValue> bases,
      Map<String, PyValue> keywords,
      Map<String, PyValue> namespace,
      Map<String, Expr> annotationSources,
      Stmt.ClassDef def,
      PyModule module) {
    this.name = name;
    this.qualname = qualname;
    this.moduleName = moduleName;
    this.bases = List.copyOf(bases);
    this.keywords = Collections.unmodifiableMap(keywords);
    this.namespace = namespace;
    this.annotationSources = Collections.unmodifiableMap(annotationSources);
    this.def = def;
    this.module = module;
    this.file = module.file();
  }

  /** The class name. */
  public String name() {
    return name;
  }

  /** The qualified name ({@code Outer.Inner}). */
  public String qualname() {
    return qualname;
  }

  /** The evaluated base classes (PyClass, natives such as a declarative Base, unknowns...). */
  public List<PyValue> bases() {
    return bases;
  }

  /** The class keywords ({@code metaclass=...}). */
  public Map<String, PyValue> keywords() {
    return keywords;
  }

  /** The live namespace the body built, in definition order. */
  public Map<String, PyValue> namespace() {
    return namespace;
  }

  /** The annotation expressions of annotated names in the body ({@code id: Mapped[int]}). */
  public Map<String, Expr> annotationSources() {
    return annotationSources;
  }

  /**
   * The module whose statement defined the class: its globals resolve the names of annotations
   * later, as {@code typing.get_type_hints} (and SQLAlchemy 2.0's declarative) does.
   */
  public PyModule module() {
    return module;
  }

  /** The class statement. */
  public Stmt.ClassDef definition() {
    return def;
  }

  /** The file of the module whose statement defined the class, or null (a module without one). */
  public String file() {
    return file;
  }

  /**
   * The position of this class among every class statement run so far, increasing in the order they
   * ran (bases are always created before the classes that derive from them).
   */
  public long creationOrder() {
    return creationOrder;
  }

  /** The docstring, or null. */
  public String docstring() {
    return def.docstring();
  }

  /** The exception class this class is, if it derives from one; otherwise null. */
  public PyExceptionType exceptionType() {
    if (exceptionType == null) {
      for (PyValue b : bases) {
        PyExceptionType parent =
            b instanceof PyExceptionType t ? t : b instanceof PyClass c ? c.exceptionType() : null;
        if (parent != null) {
          exceptionType = new PyExceptionType(name, parent);
          break;
        }
      }
    }
    return exceptionType;
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public String repr() {
    return "<class '" + moduleName + "." + qualname + "'>";
  }

  @Override
  public PyValue attribute(String attr) {
    PyValue v = namespace.get(attr);
    if (v != null) {
      return v;
    }
    if (attr.equals("__name__")) {
      return new PyStr(name);
    }
    for (PyValue b : bases) {
      if (b instanceof PyNative n && !(b instanceof PyExceptionType)) {
        v = n.attribute(attr);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
  }

  @Override
  public void setAttribute(String attr, PyValue value) {
    namespace.put(attr, value);
  }

  @Override
  public PyValue call(Args args) {
    PyExceptionType t = exceptionType();
    if (t != null) {
      return t.call(args);
    }
    throw new PyException(
        "NotImplementedError",
        "creating instances of class '"
            + name
            + "' is not supported: the tutor evaluates scripts without running their classes");
  }
}
