package migrationtutor.engine.pyeval;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The methods of {@code str}, with CPython's results and error messages. */
final class StrMethods {
  static final Set<String> NAMES =
      Set.of(
          "capitalize",
          "casefold",
          "center",
          "count",
          "encode",
          "endswith",
          "find",
          "format",
          "index",
          "isalnum",
          "isalpha",
          "isascii",
          "isdecimal",
          "isdigit",
          "isidentifier",
          "islower",
          "isnumeric",
          "isspace",
          "istitle",
          "isupper",
          "join",
          "ljust",
          "lower",
          "lstrip",
          "partition",
          "removeprefix",
          "removesuffix",
          "replace",
          "rfind",
          "rindex",
          "rjust",
          "rpartition",
          "rsplit",
          "rstrip",
          "split",
          "splitlines",
          "startswith",
          "strip",
          "swapcase",
          "title",
          "upper",
          "zfill");

  private final Runtime rt;

  StrMethods(Runtime rt) {
    this.rt = rt;
  }

  PyValue call(PyValue self, String name, Args a) {
    String s = ((PyStr) self).value();
    rt.chargeSize(s.length());
    String q = "str." + name;
    switch (name) {
      case "format":
        String formatted = StrFormatter.format(rt, s, a);
        rt.chargeSize(formatted.length());
        return new PyStr(formatted);
      case "join":
        Arity.check(q, a, 1, 1);
        return join(s, a.positional().get(0));
      case "split":
      case "rsplit":
        {
          Arity.keywords(name, a, "sep", "maxsplit");
          Arity.count(name, a.positional().size(), 0, 2);
          PyValue sep = Arity.arg(a, 0, "sep", PyNone.NONE);
          long max = Arity.intArg(Arity.arg(a, 1, "maxsplit", PyInt.of(-1)));
          if (sep != PyNone.NONE && !(sep instanceof PyStr)) {
            throw PyException.typeError("must be str or None, not " + sep.typeName());
          }
          return new PyList(
              TextOps.split(s, sep == PyNone.NONE ? null : sep.str(), max, name.equals("rsplit")));
        }
      case "strip":
      case "lstrip":
      case "rstrip":
        {
          Arity.check(q, a, 0, 1);
          PyValue chars = Arity.arg(a, 0, PyNone.NONE);
          if (chars != PyNone.NONE && !(chars instanceof PyStr)) {
            throw PyException.typeError(name + " arg must be None or str");
          }
          return new PyStr(
              TextOps.strip(
                  s,
                  chars == PyNone.NONE ? null : chars.str(),
                  !name.equals("rstrip"),
                  !name.equals("lstrip")));
        }
      case "lower":
      case "upper":
      case "casefold":
      case "title":
      case "capitalize":
      case "swapcase":
        Arity.check(q, a, 0, 0);
        return new PyStr(caseChange(name, s));
      case "replace":
        {
          Arity.check(name, a, 2, 3);
          String old = Arity.strArg("replace() argument 1", a.positional().get(0));
          String rep = Arity.strArg("replace() argument 2", a.positional().get(1));
          long count = Arity.intArg(Arity.arg(a, 2, PyInt.of(-1)));
          return new PyStr(TextOps.replace(rt, s, old, rep, count));
        }
      case "startswith":
      case "endswith":
        return PyBool.of(affix(name, s, a));
      case "find":
      case "rfind":
      case "index":
      case "rindex":
      case "count":
        return PyInt.of(search(name, s, a));
      case "zfill":
        {
          Arity.check(q, a, 1, 1);
          long width = Arity.intArg(a.positional().get(0));
          return new PyStr(TextOps.zfill(rt, s, width));
        }
      case "ljust":
      case "rjust":
      case "center":
        {
          Arity.check(name, a, 1, 2);
          long width = Arity.intArg(a.positional().get(0));
          String fill = Arity.arg(a, 1, new PyStr(" ")).str();
          if (!(Arity.arg(a, 1, new PyStr(" ")) instanceof PyStr) || fill.length() != 1) {
            throw PyException.typeError("The fill character must be exactly one character long");
          }
          return new PyStr(TextOps.justify(rt, name, s, width, fill.charAt(0)));
        }
      case "splitlines":
        {
          Arity.keywords(name, a, "keepends");
          boolean keep = Arity.arg(a, 0, "keepends", PyBool.FALSE).truthy();
          return new PyList(TextOps.splitlines(s, keep));
        }
      case "partition":
      case "rpartition":
        {
          Arity.check(q, a, 1, 1);
          String sep = Arity.strArg("must be str", a.positional().get(0));
          return TextOps.partition(s, sep, name.equals("rpartition"));
        }
      case "removeprefix":
      case "removesuffix":
        {
          Arity.check(q, a, 1, 1);
          String fix = Arity.strArg(name + "() argument", a.positional().get(0));
          if (name.equals("removeprefix")) {
            return new PyStr(s.startsWith(fix) ? s.substring(fix.length()) : s);
          }
          return new PyStr(
              s.endsWith(fix) && !fix.isEmpty() ? s.substring(0, s.length() - fix.length()) : s);
        }
      case "encode":
        {
          Arity.keywords(name, a, "encoding", "errors");
          String enc = Arity.arg(a, 0, "encoding", new PyStr("utf-8")).str();
          Charset cs;
          try {
            cs = Charset.forName(enc.replace('_', '-'));
          } catch (RuntimeException e) {
            throw new PyException("LookupError", "unknown encoding: " + enc);
          }
          return new PyBytes(s.getBytes(cs == null ? StandardCharsets.UTF_8 : cs));
        }
      default:
        Arity.check(q, a, 0, 0);
        return PyBool.of(TextOps.is(name, s));
    }
  }

  private PyValue join(String sep, PyValue iterable) {
    if (!(iterable instanceof PyList
        || iterable instanceof PyTuple
        || iterable instanceof PyStr
        || iterable instanceof PyDict
        || iterable instanceof PySet
        || iterable instanceof PyNative
        || iterable instanceof PyUnknown)) {
      throw PyException.typeError("can only join an iterable");
    }
    List<PyValue> items = Iteration.toList(rt, iterable);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof PyStr item)) {
        throw PyException.typeError(
            "sequence item "
                + i
                + ": expected str instance, "
                + items.get(i).typeName()
                + " found");
      }
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(item.value());
      rt.checkLimit(sb.length());
    }
    rt.chargeSize(sb.length());
    return new PyStr(sb.toString());
  }

  private static String caseChange(String name, String s) {
    switch (name) {
      case "lower":
        return s.toLowerCase(Locale.ROOT);
      case "upper":
        return s.toUpperCase(Locale.ROOT);
      case "casefold":
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      case "title":
        return TextOps.title(s);
      case "capitalize":
        return s.isEmpty()
            ? s
            : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1)).toLowerCase(Locale.ROOT);
      default:
        {
          StringBuilder sb = new StringBuilder();
          s.codePoints()
              .forEach(
                  cp ->
                      sb.appendCodePoint(
                          Character.isUpperCase(cp)
                              ? Character.toLowerCase(cp)
                              : Character.toUpperCase(cp)));
          return sb.toString();
        }
    }
  }

  private static boolean affix(String name, String s, Args a) {
    if (a.positional().isEmpty()) {
      throw PyException.typeError(name + "() takes at least 1 argument (0 given)");
    }
    Arity.check(name, a, 1, 3);
    String window = TextOps.window(s, Arity.arg(a, 1, PyNone.NONE), Arity.arg(a, 2, PyNone.NONE));
    if (window == null) {
      return false;
    }
    PyValue fix = a.positional().get(0);
    List<PyValue> options = fix instanceof PyTuple t ? t.items() : List.of(fix);
    for (PyValue o : options) {
      if (!(o instanceof PyStr str)) {
        throw PyException.typeError(
            name + " first arg must be str or a tuple of str, not " + o.typeName());
      }
      if (name.equals("startswith")
          ? window.startsWith(str.value())
          : window.endsWith(str.value())) {
        return true;
      }
    }
    return false;
  }

  private static long search(String name, String s, Args a) {
    if (a.positional().isEmpty()) {
      throw PyException.typeError(name + "() takes at least 1 argument (0 given)");
    }
    Arity.check(name, a, 1, 3);
    String sub = Arity.strArg("must be str", a.positional().get(0));
    long[] bounds = TextOps.bounds(s, Arity.arg(a, 1, PyNone.NONE), Arity.arg(a, 2, PyNone.NONE));
    if (name.equals("count")) {
      return TextOps.count(s, sub, (int) bounds[0], (int) bounds[1]);
    }
    boolean reverse = name.startsWith("r");
    long found = TextOps.find(s, sub, (int) bounds[0], (int) bounds[1], reverse);
    if (found < 0 && name.contains("index")) {
      throw PyException.valueError("substring not found");
    }
    return found;
  }

  static List<PyValue> strs(List<String> parts) {
    List<PyValue> out = new ArrayList<>(parts.size());
    for (String p : parts) {
      out.add(new PyStr(p));
    }
    return out;
  }
}
