package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import migrationtutor.engine.ddl.SqlExpression.Binary;
import migrationtutor.engine.ddl.SqlExpression.Bind;
import migrationtutor.engine.ddl.SqlExpression.BooleanList;
import migrationtutor.engine.ddl.SqlExpression.Case;
import migrationtutor.engine.ddl.SqlExpression.ColumnRef;
import migrationtutor.engine.ddl.SqlExpression.Constant;
import migrationtutor.engine.ddl.SqlExpression.Grouping;
import migrationtutor.engine.ddl.SqlExpression.Range;
import migrationtutor.engine.ddl.SqlExpression.Text;
import migrationtutor.engine.ddl.SqlExpression.Unary;

/**
 * The {@code SQLCompiler.visit_*} methods of the expressions in a data migration: {@code
 * visit_binary} ({@code a = b}, {@code (a NOT IN (...))}, {@code lower(a) LIKE lower(b)}), {@code
 * visit_unary}, {@code visit_clauselist}, {@code visit_grouping}, {@code visit_case}, {@code
 * visit_function} and {@code visit_column} (table-qualified). Bound values and text clauses are
 * written by the statement's compiler, which numbers and collects them.
 */
final class SqlExpressionCompiler {
  private final Function<Bind, String> binds;
  private final Function<Text, String> texts;
  private final boolean nativeBoolean;
  private final boolean includeTable;

  /**
   * A compiler.
   *
   * @param nativeBoolean whether the dialect has native booleans (the default dialect of {@code
   *     str()}); SQLite has not, so a Boolean condition is {@code x = 1} and {@code true} is {@code
   *     1}
   * @param includeTable whether columns are qualified with their table (not in DDL)
   */
  SqlExpressionCompiler(
      Function<Bind, String> binds,
      Function<Text, String> texts,
      boolean nativeBoolean,
      boolean includeTable) {
    this.binds = binds;
    this.texts = texts;
    this.nativeBoolean = nativeBoolean;
    this.includeTable = includeTable;
  }

  String compile(SqlExpression e) {
    if (e instanceof ColumnRef c) {
      if (c.literal()) {
        return c.name();
      }
      String column = SqliteIdentifierPreparer.quote(c.name());
      return c.table() == null || !includeTable
          ? column
          : SqliteIdentifierPreparer.quote(c.table()) + "." + column;
    } else if (e instanceof Bind b) {
      return binds.apply(b);
    } else if (e instanceof Constant c) {
      if (nativeBoolean && c != Constant.NULL) {
        return c == Constant.TRUE ? "true" : "false";
      }
      return c.sql();
    } else if (e instanceof Text t) {
      return texts.apply(t);
    } else if (e instanceof Binary b) {
      return binary(b);
    } else if (e instanceof Unary u) {
      String element = compile(u.element());
      // visit_istrue/isfalse_unary_operator: "x = 1" / "x = 0" unless booleans are native.
      return switch (u.op()) {
        case IS_TRUE -> nativeBoolean ? element : element + u.op().sql();
        case IS_FALSE -> nativeBoolean ? "NOT " + element : element + u.op().sql();
        default -> u.op().sql() + element;
      };
    } else if (e instanceof BooleanList l) {
      List<String> parts = new ArrayList<>();
      for (SqlExpression c : l.clauses()) {
        String sql = compile(c);
        if (!sql.isEmpty()) {
          parts.add(sql);
        }
      }
      return String.join(l.op().sql(), parts);
    } else if (e instanceof Range r) {
      return compile(r.lower()) + " AND " + compile(r.upper());
    } else if (e instanceof Grouping g) {
      return "(" + compile(g.element()) + ")";
    } else if (e instanceof Case c) {
      return caseClause(c);
    } else if (e instanceof SqlExpression.Cast c) {
      // visit_cast: the element as it is (no parentheses), the type as DDL writes it.
      return "CAST(" + compile(c.element()) + " AS " + SqliteTypeCompiler.process(c.type()) + ")";
    }
    SqlExpression.Function f = (SqlExpression.Function) e;
    List<String> args = new ArrayList<>();
    f.arguments().forEach(a -> args.add(compile(a)));
    return SqlFunctions.compile(
        f.name(),
        args,
        "sa.func." + f.name() + "(...) in a data migration",
        "write the expression as sa.text('...') or sa.literal_column('...') instead");
  }

  private String binary(Binary b) {
    String left = compile(b.left());
    String right = compile(b.right());
    return switch (b.op()) {
      case IN -> left + " IN (" + right + ")";
        // visit_not_in_op_binary: always in parentheses (for the empty-set form).
      case NOT_IN -> "(" + left + " NOT IN (" + right + "))";
        // SQLite's visit_ilike_op_binary is the generic lower() form.
      case ILIKE, NOT_ILIKE -> "lower(" + left + ")" + b.op().sql() + "lower(" + right + ")";
      default -> left + b.op().sql() + right;
    };
  }

  private String caseClause(Case c) {
    StringBuilder x = new StringBuilder("CASE ");
    if (c.value() != null) {
      x.append(compile(c.value())).append(' ');
    }
    for (int i = 0; i < c.whens().size(); i += 2) {
      x.append("WHEN ")
          .append(compile(c.whens().get(i)))
          .append(" THEN ")
          .append(compile(c.whens().get(i + 1)))
          .append(' ');
    }
    if (c.elseValue() != null) {
      x.append("ELSE ").append(compile(c.elseValue())).append(' ');
    }
    return x.append("END").toString();
  }
}
