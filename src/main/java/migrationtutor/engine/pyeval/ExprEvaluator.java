package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pysrc.BoolOperator;
import migrationtutor.engine.pysrc.DictEntry;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Keyword;
import migrationtutor.engine.pysrc.UnaryOperator;

/**
 * Evaluates expressions. Every evaluation counts a step, and an exception leaving an expression is
 * located at the innermost expression that raised it (CPython 3.11 points its traceback carets
 * there too).
 */
final class ExprEvaluator {
  private final Runtime rt;
  private final Comprehensions comprehensions;

  ExprEvaluator(Runtime rt) {
    this.rt = rt;
    this.comprehensions = new Comprehensions(rt, this);
  }

  PyValue eval(Expr e, Scope s) {
    rt.tick(e.span(), s);
    try {
      return evalNode(e, s);
    } catch (PyException ex) {
      throw ex.locate(e.span(), s.file(), s.function);
    } catch (EvalLimitError | SubsetError | HostError ex) {
      // A host error is located by the statement around this expression, as Python's traceback
      // names the line of the statement.
      throw ex;
    } catch (StackOverflowError ex) {
      throw Runtime.recursionError().locate(e.span(), s.file(), s.function);
    } catch (RuntimeException ex) {
      throw Runtime.internal(ex).locate(e.span(), s.file(), s.function);
    }
  }

  private PyValue evalNode(Expr e, Scope s) {
    if (e instanceof Expr.Name n) {
      return s.load(n.id(), rt.builtins);
    }
    if (e instanceof Expr.Constant c) {
      return constant(c);
    }
    if (e instanceof Expr.Attribute a) {
      return rt.attribute(eval(a.value(), s), a.attr());
    }
    if (e instanceof Expr.Call c) {
      return call(c, s);
    }
    if (e instanceof Expr.BinOp b) {
      PyValue left = eval(b.left(), s);
      return rt.ops.binary(b.op(), left, eval(b.right(), s));
    }
    if (e instanceof Expr.Compare c) {
      return compare(c, s);
    }
    if (e instanceof Expr.BoolOp b) {
      PyValue v = null;
      for (Expr part : b.values()) {
        v = eval(part, s);
        boolean t = rt.truth(v, part.span(), s);
        if (b.op() == BoolOperator.AND ? !t : t) {
          return v;
        }
      }
      return v;
    }
    if (e instanceof Expr.UnaryOp u) {
      PyValue v = eval(u.operand(), s);
      if (u.op() == UnaryOperator.NOT) {
        return PyBool.of(!rt.truth(v, u.operand().span(), s));
      }
      return rt.ops.unary(u.op(), v);
    }
    if (e instanceof Expr.Subscript sub) {
      PyValue target = eval(sub.value(), s);
      if (sub.slice() instanceof Expr.Slice sl) {
        return Subscripts.getSlice(
            rt,
            target,
            slicePart(sl.lower(), s),
            slicePart(sl.upper(), s),
            slicePart(sl.step(), s));
      }
      return Subscripts.get(rt, target, eval(sub.slice(), s));
    }
    if (e instanceof Expr.JoinedStr j) {
      return joinedStr(j, s);
    }
    if (e instanceof Expr.FormattedValue f) {
      return new PyStr(formatted(f, s));
    }
    if (e instanceof Expr.List l) {
      return new PyList(elements(l.elts(), s));
    }
    if (e instanceof Expr.Tuple t) {
      return new PyTuple(elements(t.elts(), s));
    }
    if (e instanceof Expr.Dict d) {
      return dict(d, s);
    }
    if (e instanceof Expr.Set set) {
      List<PyValue> items = elements(set.elts(), s);
      LinkedHashSet<PyValue> out = new LinkedHashSet<>();
      for (PyValue v : items) {
        Values.setAdd(out, v);
      }
      return new PySet(out);
    }
    if (e instanceof Expr.IfExp i) {
      return rt.truth(eval(i.test(), s), i.test().span(), s)
          ? eval(i.body(), s)
          : eval(i.orelse(), s);
    }
    if (e instanceof Expr.Lambda l) {
      return Definitions.lambda(rt, l, s);
    }
    if (e instanceof Expr.NamedExpr n) {
      PyValue v = eval(n.value(), s);
      s.storeWalrus(((Expr.Name) n.target()).id(), v);
      return v;
    }
    if (e instanceof Expr.ListComp
        || e instanceof Expr.SetComp
        || e instanceof Expr.DictComp
        || e instanceof Expr.GeneratorExp) {
      return comprehensions.eval(e, s);
    }
    if (e instanceof Expr.Await a) {
      PyValue v = eval(a.value(), s);
      if (v instanceof PyUnknown u) {
        return new PyUnknown("await " + u.origin());
      }
      if (v instanceof PyNative n) {
        return Subscripts.orNone(n.awaited());
      }
      throw PyException.typeError(
          "object " + v.typeName() + " can't be used in 'await' expression");
    }
    if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      throw new PyException(
          "NotImplementedError", "'yield' is not supported by the tutor's evaluator");
    }
    if (e instanceof Expr.Starred) {
      throw new PyException("SyntaxError", "can't use starred expression here");
    }
    throw new PyException("SyntaxError", "a slice can only appear inside []");
  }

  private PyValue constant(Expr.Constant c) {
    switch (c.kind()) {
      case STR:
        return new PyStr(c.stringValue());
      case INT:
        return c.value() instanceof Long l ? PyInt.of(l) : new PyInt((BigInteger) c.value());
      case FLOAT:
        return new PyFloat((Double) c.value());
      case TRUE:
        return PyBool.TRUE;
      case FALSE:
        return PyBool.FALSE;
      case NONE:
        return PyNone.NONE;
      case BYTES:
        return new PyBytes(c.bytesValue());
      case ELLIPSIS:
        return Builtins.ELLIPSIS;
      default:
        throw new PyException(
            "NotImplementedError", "complex numbers are not supported by the tutor's evaluator");
    }
  }

  private PyValue slicePart(Expr part, Scope s) {
    return part == null ? PyNone.NONE : eval(part, s);
  }

  /** Evaluates display elements, expanding {@code *iterable}. */
  List<PyValue> elements(List<Expr> elts, Scope s) {
    List<PyValue> out = new ArrayList<>(elts.size());
    for (Expr x : elts) {
      if (x instanceof Expr.Starred st) {
        out.addAll(Iteration.toList(rt, eval(st.value(), s)));
        rt.checkLimit(out.size());
      } else {
        out.add(eval(x, s));
      }
    }
    return out;
  }

  private PyValue dict(Expr.Dict d, Scope s) {
    PyDict out = new PyDict();
    Map<PyValue, PyValue> m = out.entries();
    for (DictEntry entry : d.entries()) {
      if (entry.key() == null) {
        PyValue other = eval(entry.value(), s);
        if (!(other instanceof PyDict od)) {
          if (other instanceof PyUnknown) {
            continue;
          }
          throw PyException.typeError("'" + other.typeName() + "' object is not a mapping");
        }
        for (Map.Entry<PyValue, PyValue> kv : od.entries().entrySet()) {
          m.put(Values.dictKey(m, kv.getKey()), kv.getValue());
        }
      } else {
        PyValue k = eval(entry.key(), s);
        PyValue v = eval(entry.value(), s);
        m.put(Values.dictKey(m, k), v);
      }
    }
    rt.checkSize(m.size());
    return out;
  }

  private PyValue compare(Expr.Compare c, Scope s) {
    PyValue left = eval(c.left(), s);
    PyValue result = PyBool.TRUE;
    for (int i = 0; i < c.ops().size(); i++) {
      PyValue right = eval(c.comparators().get(i), s);
      result = rt.comparisons.compare(c.ops().get(i), left, right);
      if (i + 1 < c.ops().size() && !rt.truth(result, c.span(), s)) {
        return result;
      }
      left = right;
    }
    return result;
  }

  private PyValue call(Expr.Call c, Scope s) {
    PyValue func = eval(c.func(), s);
    List<PyValue> positional = new ArrayList<>(c.args().size());
    for (Expr arg : c.args()) {
      if (arg instanceof Expr.Starred st) {
        PyValue it = eval(st.value(), s);
        if (!isIterable(it)) {
          throw PyException.typeError(
              describe(func) + " argument after * must be an " + "iterable, not " + it.typeName());
        }
        positional.addAll(Iteration.toList(rt, it));
      } else {
        positional.add(eval(arg, s));
      }
    }
    Map<String, PyValue> keywords = new LinkedHashMap<>();
    for (Keyword k : c.keywords()) {
      PyValue v = eval(k.value(), s);
      if (k.arg() != null) {
        keywords.put(k.arg(), v);
        continue;
      }
      if (v instanceof PyUnknown) {
        continue;
      }
      if (!(v instanceof PyDict d)) {
        throw PyException.typeError(
            describe(func) + " argument after ** must be a mapping, " + "not " + v.typeName());
      }
      for (Map.Entry<PyValue, PyValue> kv : d.entries().entrySet()) {
        if (!(kv.getKey() instanceof PyStr key)) {
          throw PyException.typeError("keywords must be strings");
        }
        if (keywords.containsKey(key.value())) {
          throw PyException.typeError(
              describe(func) + " got multiple values for keyword argument '" + key.value() + "'");
        }
        keywords.put(key.value(), kv.getValue());
      }
    }
    return rt.call(func, new Args(positional, keywords));
  }

  private static boolean isIterable(PyValue v) {
    return v instanceof PyList
        || v instanceof PyTuple
        || v instanceof PyStr
        || v instanceof PyDict
        || v instanceof PySet
        || v instanceof PyBytes
        || v instanceof PyNative
        || v instanceof PyUnknown;
  }

  /** How CPython names a callee in call errors: {@code f()}. */
  private static String describe(PyValue func) {
    if (func instanceof PyFunction f) {
      return f.qualname() + "()";
    }
    if (func instanceof NativeFunction n) {
      return n.name() + "()";
    }
    return func.repr();
  }

  private PyValue joinedStr(Expr.JoinedStr j, Scope s) {
    StringBuilder sb = new StringBuilder();
    for (Expr part : j.values()) {
      if (part instanceof Expr.Constant c && c.kind() == Expr.Constant.Kind.STR) {
        sb.append(c.stringValue());
      } else if (part instanceof Expr.FormattedValue f) {
        sb.append(formatted(f, s));
      } else {
        sb.append(eval(part, s).str());
      }
      rt.checkLimit(sb.length());
    }
    rt.chargeSize(sb.length());
    return new PyStr(sb.toString());
  }

  private String formatted(Expr.FormattedValue f, Scope s) {
    PyValue v = eval(f.value(), s);
    if (f.conversion() == 'r') {
      v = new PyStr(v.repr());
    } else if (f.conversion() == 's') {
      v = new PyStr(v.str());
    } else if (f.conversion() == 'a') {
      v = new PyStr(Builtins.ascii(v.repr()));
    }
    String spec = f.formatSpec() == null ? "" : ((PyStr) joinedStr(f.formatSpec(), s)).value();
    return FormatSpec.format(v, spec);
  }
}
