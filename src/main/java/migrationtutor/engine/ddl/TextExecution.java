package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.SqlType;

/**
 * {@code connection.execute(sa.text("... :x ..."), {"x": 1})} online, as SQLAlchemy 1.4 compiles
 * and runs it: the text with {@code ?} placeholders, and for each parameter set ({@code
 * construct_params}) each parameter's value from the set, else from {@code .bindparams()}, else the
 * "A value is required" error (its group named only past the first, as {@code if _group_number:}
 * does). A value for a parameter {@code .bindparams()} typed is processed for that type; the others
 * reach sqlite3 unprocessed (the text's parameters are {@code NullType}). Two or more sets run
 * through {@code executemany}; keys the text does not use are ignored.
 */
final class TextExecution {
  private TextExecution() {}

  static SqlStatement online(
      String sql,
      Map<String, Object> bindparams,
      List<Map<String, Object>> parameterSets,
      boolean givenAsTuple) {
    String parametersRepr = LiteralRenderer.reprSingleValue(parameterSets);
    if (givenAsTuple) {
      // execute(text, {...}, {...}): the parameters are the tuple of dicts.
      parametersRepr = "(" + parametersRepr.substring(1, parametersRepr.length() - 1) + ")";
    }
    TextClauses.Bound bound = TextClauses.bound(sql, Paramstyle.QMARK);
    List<List<Object>> sets = new ArrayList<>();
    for (int group = 0; group < parameterSets.size(); group++) {
      Map<String, Object> given = parameterSets.get(group);
      List<Object> values = new ArrayList<>();
      for (String name : bound.parameterNames()) {
        Object value;
        if (given.containsKey(name)) {
          value = given.get(name);
        } else if (bindparams.containsKey(name)) {
          value = bindparams.get(name);
        } else {
          throw StatementErrors.missingValue(
              name, group == 0 ? null : group, bound.sql(), parametersRepr);
        }
        SqlType type =
            bindparams.containsKey(name)
                ? BindProcessor.inferType(bindparams.get(name))
                : new migrationtutor.engine.schema.NullType();
        values.add(BindProcessor.process(value, type));
      }
      sets.add(values);
    }
    return new SqlStatement(bound.sql(), SqlStatement.Kind.TEXT, sets);
  }
}
