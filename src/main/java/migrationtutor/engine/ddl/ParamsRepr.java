package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * SQLAlchemy's {@code sql_util._repr_params}: how parameters appear in the engine log and in a
 * {@code StatementError}. Values longer than 300 characters are cut in the middle; more than 10
 * parameter sets show the first 8 and the last 2.
 */
final class ParamsRepr {
  private ParamsRepr() {}

  private static final int BATCHES = 10;

  /** The log form of a statement's parameters: {@code ()}, {@code (1, 'x')} or a tuple of them. */
  static String log(SqlStatement statement) {
    List<List<Object>> sets = statement.parameterSets();
    if (sets.isEmpty()) {
      return "()";
    } else if (sets.size() == 1) {
      return tuple(sets.get(0));
    }
    return multi(sets, ParamsRepr::tuple, "(", ")");
  }

  /**
   * The {@code [parameters: ...]} form of the rows given to {@code bulk_insert}: the statement
   * error is raised without {@code ismulti}, so it is the repr of the whole list, cut in the middle
   * past 300 characters.
   */
  static String rows(List<Map<String, Object>> rows) {
    return LiteralRenderer.reprSingleValue(rows);
  }

  private static <T> String multi(
      List<T> sets, Function<T, String> one, String open, String close) {
    if (sets.size() > BATCHES) {
      String head = join(sets.subList(0, BATCHES - 2), one, open, close);
      String tail = join(sets.subList(sets.size() - 2, sets.size()), one, open, close);
      return head.substring(0, head.length() - 1)
          + " "
          + String.format(
              " ... displaying %d of %d total bound parameter sets ... ", BATCHES, sets.size())
          + " "
          + tail.substring(1);
    }
    return join(sets, one, open, close);
  }

  private static <T> String join(List<T> sets, Function<T, String> one, String open, String close) {
    List<String> parts = new ArrayList<>();
    sets.forEach(s -> parts.add(one.apply(s)));
    return open + String.join(", ", parts) + close;
  }

  private static String tuple(List<Object> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(LiteralRenderer.reprSingleValue(v)));
    return "(" + String.join(", ", parts) + (values.size() == 1 ? ",)" : ")");
  }
}
