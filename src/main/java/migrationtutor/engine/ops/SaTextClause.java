package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/** {@code sa.text("...")}, with the values {@code .bindparams(x=1)} gave its parameters. */
final class SaTextClause implements PyNative {
  // sqlalchemy.sql.compiler.BIND_PARAMS, the pattern TextClause finds ":name" parameters with.
  private static final Pattern BIND_PARAMS =
      Pattern.compile("(?<![:\\w$\\\\]):([\\w$]+)(?![:\\w$])", Pattern.UNICODE_CHARACTER_CLASS);

  private final String text;
  private final Map<String, Object> values;

  SaTextClause(String text, Map<String, Object> values) {
    this.text = text;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The SQL text as written. */
  String text() {
    return text;
  }

  /** The bound values, by parameter name, in the order given. */
  Map<String, Object> values() {
    return values;
  }

  /** The parameter names the text defines, in order of appearance. */
  static List<String> parameterNames(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = BIND_PARAMS.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Override
  public String typeName() {
    return "TextClause";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.sql.elements.TextClause object>";
  }

  @Override
  public String str() {
    return text;
  }

  @Override
  public PyValue attribute(String name) {
    if (name.equals("text")) {
      return new PyStr(text);
    } else if (name.equals("bindparams")) {
      return Natives.raw("bindparams", this::bindparams);
    } else if (name.equals("columns")) {
      return NotYet.method("text().columns");
    }
    return null;
  }

  // TextClause.bindparams(*binds, **names_to_values) refuses a name the text does not define
  // at once, with ArgumentError.
  private PyValue bindparams(Args a) {
    if (!a.positional().isEmpty()) {
      throw PyArgs.unsupported(
          "text().bindparams(sa.bindparam(...))",
          "give the values as keywords: .bindparams(name=value)");
    }
    List<String> defined = parameterNames(text);
    Map<String, Object> more = new LinkedHashMap<>(values);
    for (Map.Entry<String, PyValue> e : a.keywords().entrySet()) {
      if (!defined.contains(e.getKey())) {
        throw SqlAlchemyExc.argumentError(
            "This text() construct doesn't define a bound parameter named '" + e.getKey() + "'");
      }
      more.put(
          e.getKey(), PyArgs.python(e.getValue(), "text().bindparams(" + e.getKey() + "=...)"));
    }
    return new SaTextClause(text, more);
  }

  /**
   * {@code sa.text(text, bind=None)}; the text must be a str, as the bind-parameter regex needs.
   */
  static NativeFunction factory() {
    return Natives.function(
        "text(text, bind=None)",
        b -> {
          if (!(b.get("text") instanceof PyStr s)) {
            throw PyException.typeError(
                "expected string or bytes-like object, got '" + b.get("text").typeName() + "'");
          }
          return new SaTextClause(s.value(), Map.of());
        });
  }
}
