package migrationtutor.engine.script;

/** Renders a parsed Mako template, asking an evaluator for each {@code ${...}} substitution. */
public final class TemplateRenderer {
  /** Evaluates one substitution to the text Mako would write. */
  @FunctionalInterface
  public interface Evaluator {
    /**
     * @param expression the Python expression inside {@code ${...}}
     * @param filters the filters after {@code |}, e.g. {@code [comma, n]}
     * @param line the template line, for messages
     */
    String evaluate(String expression, java.util.List<String> filters, int line);
  }

  private TemplateRenderer() {}

  /** Renders the template. */
  public static String render(MakoTemplate template, Evaluator evaluator) {
    StringBuilder sb = new StringBuilder();
    for (MakoTemplate.Part part : template.parts()) {
      if (part instanceof MakoTemplate.Text t) {
        sb.append(t.text());
      } else if (part instanceof MakoTemplate.Substitution s) {
        sb.append(evaluator.evaluate(s.expression(), s.filters(), s.line()));
      }
    }
    return sb.toString();
  }

  /**
   * An evaluator for templates whose substitutions are plain names with string values, such as the
   * bundled alembic.ini.mako ({@code ${script_location}}).
   */
  public static Evaluator names(String templateName, java.util.Map<String, String> values) {
    return (expression, filters, line) -> {
      String value = values.get(expression);
      if (value == null) {
        throw new TemplateError(
            templateName, line, "unknown name '" + expression + "' in ${" + expression + "}");
      }
      return value;
    };
  }
}
