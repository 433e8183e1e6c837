package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses the Python-like text of a {@link Signature}: {@code name(a, b=None, *, c, **kw)}. */
final class SignatureParser {
  private SignatureParser() {}

  static Signature parse(String spec) {
    String s = spec.strip();
    int open = s.indexOf('(');
    if (open <= 0 || !s.endsWith(")")) {
      throw new IllegalArgumentException("signature must look like name(params): " + spec);
    }
    String name = s.substring(0, open).strip();
    String inner = s.substring(open + 1, s.length() - 1);
    List<Signature.Parameter> params = new ArrayList<>();
    boolean keywordOnly = false;
    for (String raw : splitTopLevel(inner)) {
      String part = raw.strip();
      if (part.isEmpty()) {
        continue;
      }
      if (part.equals("/")) {
        List<Signature.Parameter> fixed = new ArrayList<>();
        for (Signature.Parameter p : params) {
          fixed.add(
              new Signature.Parameter(p.name(), Signature.Kind.POSITIONAL_ONLY, p.defaultValue()));
        }
        params = fixed;
      } else if (part.equals("*")) {
        keywordOnly = true;
      } else if (part.startsWith("**")) {
        params.add(
            new Signature.Parameter(part.substring(2).strip(), Signature.Kind.VAR_KEYWORD, null));
      } else if (part.startsWith("*")) {
        params.add(
            new Signature.Parameter(
                part.substring(1).strip(), Signature.Kind.VAR_POSITIONAL, null));
        keywordOnly = true;
      } else {
        int eq = part.indexOf('=');
        String pname = (eq < 0 ? part : part.substring(0, eq)).strip();
        PyValue def = eq < 0 ? null : literal(part.substring(eq + 1).strip(), spec);
        params.add(
            new Signature.Parameter(
                pname,
                keywordOnly ? Signature.Kind.KEYWORD_ONLY : Signature.Kind.POSITIONAL_OR_KEYWORD,
                def));
      }
    }
    return new Signature(name, params);
  }

  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static PyValue literal(String text, String spec) {
    switch (text) {
      case "None":
        return PyNone.NONE;
      case "True":
        return PyBool.TRUE;
      case "False":
        return PyBool.FALSE;
      case "()":
        return new PyTuple(List.of());
      case "[]":
        return new PyList(List.of());
      case "{}":
        return new PyDict(Map.of());
      default:
        break;
    }
    if (text.length() >= 2
        && (text.charAt(0) == '\'' || text.charAt(0) == '"')
        && text.charAt(text.length() - 1) == text.charAt(0)) {
      return new PyStr(text.substring(1, text.length() - 1));
    }
    try {
      return new PyInt(new BigInteger(text));
    } catch (NumberFormatException e) {
      try {
        return new PyFloat(Double.parseDouble(text));
      } catch (NumberFormatException e2) {
        throw new IllegalArgumentException("unsupported default " + text + " in " + spec, e2);
      }
    }
  }
}
