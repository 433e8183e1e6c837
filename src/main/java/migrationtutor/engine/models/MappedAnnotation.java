package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pysrc.BinaryOperator;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.Stmt;

/**
 * A class attribute's annotation read as SQLAlchemy 2.0's declarative reads it: whether it is
 * {@code Mapped[...]}, and inside it the Python type with {@code Optional[T]}, {@code Union[T,
 * None]} and {@code T | None} unwrapped (they make the column nullable). Strings — a whole
 * annotation or a part, as with {@code from __future__ import annotations} or forward references —
 * are parsed and read the same way. Names resolve against the class body, then the globals of the
 * module that defined the class, as {@code typing.get_type_hints} does.
 *
 * @param mapped whether the annotation is {@code Mapped[...]} at all
 * @param inner the type inside, None-less; null when not mapped
 * @param optional whether None was part of it
 * @param text the inner annotation as written, for messages
 */
record MappedAnnotation(boolean mapped, Expr inner, boolean optional, String text) {
  static final MappedAnnotation NOT_MAPPED = new MappedAnnotation(false, null, false, null);

  /** Reads an annotation expression of {@code cls}. */
  static MappedAnnotation read(PyClass cls, Expr annotation) {
    Expr e = unquote(annotation);
    if (!(e instanceof Expr.Subscript s) || !isMapped(cls, s.value())) {
      return NOT_MAPPED;
    }
    List<Expr> members = new ArrayList<>();
    flatten(cls, unquote(s.slice()), members);
    boolean optional = members.removeIf(MappedAnnotation::isNone);
    Expr inner = members.size() == 1 ? members.get(0) : null;
    return new MappedAnnotation(true, inner, optional, ExprText.of(unquote(s.slice())));
  }

  // Optional[T], Union[A, B], A | B: their members, recursively.
  private static void flatten(PyClass cls, Expr e, List<Expr> out) {
    e = unquote(e);
    if (e instanceof Expr.BinOp b && b.op() == BinaryOperator.BIT_OR) {
      flatten(cls, b.left(), out);
      flatten(cls, b.right(), out);
    } else if (e instanceof Expr.Subscript s && typingName(cls, s.value(), "Optional")) {
      flatten(cls, s.slice(), out);
      out.add(new Expr.Constant(s.span(), Expr.Constant.Kind.NONE, null, "None"));
    } else if (e instanceof Expr.Subscript s && typingName(cls, s.value(), "Union")) {
      if (unquote(s.slice()) instanceof Expr.Tuple t) {
        t.elts().forEach(x -> flatten(cls, x, out));
      } else {
        flatten(cls, s.slice(), out);
      }
    } else {
      out.add(e);
    }
  }

  private static boolean isNone(Expr e) {
    return e instanceof Expr.Constant c && c.kind() == Expr.Constant.Kind.NONE
        || e instanceof Expr.Name n && n.id().equals("NoneType");
  }

  private static boolean isMapped(PyClass cls, Expr e) {
    PyValue v = Names.resolve(cls, e);
    return v != null ? v.repr().equals("<class 'sqlalchemy.orm.base.Mapped'>") : false;
  }

  // typing.Optional and friends are TypingForm values named after themselves.
  private static boolean typingName(PyClass cls, Expr e, String name) {
    PyValue v = Names.resolve(cls, e);
    return v != null && v.typeName().equals("_SpecialForm") && v.repr().equals("typing." + name);
  }

  /** A string annotation parsed as the expression it spells; anything else as it is. */
  static Expr unquote(Expr e) {
    if (e instanceof Expr.Constant c && c.kind() == Expr.Constant.Kind.STR) {
      try {
        List<Stmt> body = PyParser.parse("(" + c.stringValue() + ")\n", "<annotation>").body();
        if (body.size() == 1 && body.get(0) instanceof Stmt.ExprStmt s) {
          return s.value();
        }
      } catch (RuntimeException ex) {
        // Not an expression: it stays a string, which no type map knows.
      }
    }
    return e;
  }
}
