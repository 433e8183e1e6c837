package migrationtutor.engine.ops;

import java.util.Set;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;

/**
 * SQL expression constructs a data migration may use that the engine does not build ({@code
 * sa.select(...)}, {@code t.c.x.startswith()}, {@code .returning()}): each raises a clear error
 * naming the construct and saying what to write instead.
 */
final class NotYet {
  /** Methods of column expressions ({@code t.c.x.in_(...)}, {@code .label()}, ...). */
  static final Set<String> COLUMN_METHODS =
      Set.of(
          "label",
          "desc",
          "asc",
          "startswith",
          "endswith",
          "contains",
          "op",
          "collate",
          "distinct",
          "any_",
          "all_",
          "match",
          "nulls_first",
          "nulls_last",
          "regexp_match",
          "regexp_replace",
          "self_group");

  /** Methods of tables ({@code t.select()}, {@code t.join()}, ...). */
  static final Set<String> TABLE_METHODS = Set.of("select", "join", "outerjoin", "alias");

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
