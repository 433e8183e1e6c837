package migrationtutor.engine.ops;

import java.util.Set;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;

/**
 * SQL expression constructs a data migration may use that the engine does not build yet ({@code
 * t.update().where(t.c.x == 1)}, {@code t.insert()}, {@code sa.select(...)}): each raises a clear
 * error naming the construct and saying what to write instead.
 */
final class NotYet {
  /** Methods of column expressions ({@code t.c.x.in_(...)}, {@code .label()}, ...). */
  static final Set<String> COLUMN_METHODS =
      Set.of(
          "label",
          "desc",
          "asc",
          "in_",
          "not_in",
          "notin_",
          "is_",
          "is_not",
          "isnot",
          "like",
          "ilike",
          "not_like",
          "startswith",
          "endswith",
          "contains",
          "between",
          "cast",
          "op",
          "collate",
          "distinct",
          "concat",
          "any_",
          "all_",
          "match",
          "nulls_first",
          "nulls_last",
          "regexp_match",
          "regexp_replace",
          "self_group");

  /** Methods of tables ({@code t.insert()}, {@code t.update()}, ...). */
  static final Set<String> TABLE_METHODS =
      Set.of("insert", "update", "delete", "select", "join", "outerjoin", "alias");

  private NotYet() {}

  /** The error for a construct, e.g. {@code t.update()}. */
  static PyException error(String construct) {
    return new PyException(
        "NotImplementedError",
        construct
            + " is not supported by the tutor's migration engine yet; write the statement as SQL"
            + " text, e.g. op.execute(sa.text(\"UPDATE t SET x = :x WHERE id ="
            + " :id\").bindparams(x=1, id=2)) or op.execute(\"...\")");
  }

  /** A method whose call raises {@link #error}. */
  static NativeFunction method(String construct) {
    return NativeFunction.of(
        construct,
        a -> {
          throw error(construct + "()");
        });
  }
}
