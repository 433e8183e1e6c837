package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the SQL of a {@code sa.text()} clause as {@code SQLCompiler.visit_textclause} does:
 * every {@code :name} is a bound parameter (SQLAlchemy's {@code BIND_PARAMS} pattern), and a
 * backslash-escaped {@code \:name} becomes a literal {@code :name}. In DDL (always {@code
 * literal_binds}) a parameter without a value renders as {@code NULL}.
 */
final class TextClauses {
  private TextClauses() {}

  // compiler.BIND_PARAMS and BIND_PARAMS_ESC, re.UNICODE.
  private static final Pattern BIND_PARAMS =
      Pattern.compile("(?<![:\\w$\\\\]):([\\w$]+)(?![:\\w$])", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BIND_PARAMS_ESC =
      Pattern.compile("\\\\(:[\\w$]*)(?![:\\w$])", Pattern.UNICODE_CHARACTER_CLASS);

  /** The text with its parameters and their positions, as compiled without literal binds. */
  record Bound(String sql, List<String> parameterNames) {}

  /** The text with each parameter rendered as a literal of its value's type, NULL if none. */
  static String literal(String text, Map<String, ?> values) {
    return substitute(
        text,
        name ->
            values.containsKey(name) ? LiteralRenderer.renderInferred(values.get(name)) : "NULL");
  }

  /** The text with placeholders ({@code ?} or {@code :name}) for the parameters. */
  static Bound bound(String text, Paramstyle paramstyle) {
    List<String> names = new ArrayList<>();
    String sql =
        substitute(
            text,
            name -> {
              names.add(name);
              return paramstyle == Paramstyle.QMARK ? "?" : ":" + name;
            });
    return new Bound(sql, List.copyOf(names));
  }

  /** The names of the parameters in the text, in order of appearance (repeats included). */
  static List<String> parameterNames(String text) {
    return bound(text, Paramstyle.QMARK).parameterNames();
  }

  private static String substitute(String text, Function<String, String> parameter) {
    Matcher m = BIND_PARAMS.matcher(text);
    StringBuilder replaced = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(replaced, Matcher.quoteReplacement(parameter.apply(m.group(1))));
    }
    m.appendTail(replaced);
    Matcher esc = BIND_PARAMS_ESC.matcher(replaced);
    StringBuilder unescaped = new StringBuilder();
    while (esc.find()) {
      esc.appendReplacement(unescaped, Matcher.quoteReplacement(esc.group(1)));
    }
    esc.appendTail(unescaped);
    return unescaped.toString();
  }
}
