package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import migrationtutor.engine.schema.Autoincrement;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * The pieces of {@code alembic/autogenerate/render.py} that operations share: {@code
 * _render_column}, {@code _repr_type}, {@code _render_server_default}, {@code _render_gen_name} and
 * the constraint renderers of {@code create_table}.
 */
final class RenderItems {
  private static final Pattern EDGE_QUOTE = Pattern.compile("^'|'$", Pattern.UNIX_LINES);

  private RenderItems() {}

  /** {@code repr(_render_gen_name(...))}: {@code op.f('name')} for a convention's name. */
  static String name(RenderContext ctx, ObjectName name) {
    if (name.value() != null && name.conventional()) {
      return ctx.opPrefix() + "f(" + PythonRepr.strRepr(name.value()) + ")";
    }
    return PythonRepr.repr(name.value());
  }

  /** {@code _repr_type}: {@code sa.String(length=50)}, or {@code sqlite.JSON()} plus its import. */
  static String type(RenderContext ctx, SqlType type) {
    type.renderImport().ifPresent(ctx::addImport);
    return type.render(ctx.saPrefix());
  }

  /**
   * {@code _render_server_default}: a string as its repr without outer quotes, an expression as
   * {@code sa.text(...)} of what SQLite's DDL would say.
   */
  static String serverDefault(RenderContext ctx, ServerDefault d) {
    if (d == null) {
      return "None";
    }
    if (d instanceof StringServerDefault s) {
      return PythonRepr.strRepr(EDGE_QUOTE.matcher(s.value()).replaceAll(""));
    }
    return ctx.saPrefix() + "text(" + PythonRepr.strRepr(ServerDefaults.renderExpression(d)) + ")";
  }

  /** {@code _render_column}. */
  static String column(RenderContext ctx, Column c) {
    List<String> opts = new ArrayList<>();
    if (c.serverDefault() != null) {
      opts.add("server_default=" + serverDefault(ctx, c.serverDefault()));
    }
    if (c.autoincrement() != Autoincrement.AUTO) {
      opts.add(
          "autoincrement="
              + switch (c.autoincrement()) {
                case TRUE -> "True";
                case FALSE -> "False";
                  // "%s=%s" of the string: Alembic writes it unquoted
                default -> "ignore_fk";
              });
    }
    opts.add("nullable=" + PythonRepr.repr(c.isNullable()));
    if (c.comment() != null && !c.comment().isEmpty()) {
      opts.add("comment=" + PythonRepr.strRepr(c.comment()));
    }
    return ctx.saPrefix()
        + "Column("
        + PythonRepr.strRepr(c.name())
        + ", "
        + type(ctx, c.type())
        + ", "
        + String.join(", ", opts)
        + ")";
  }

  /** An index element: a column's name, or an expression as {@code sa.text(...)}. */
  static String indexElement(RenderContext ctx, IndexElement e) {
    if (e.expression()) {
      return ctx.saPrefix() + "text(" + PythonRepr.strRepr(e.text()) + ")";
    }
    return PythonRepr.strRepr(e.text());
  }

  /**
   * {@code _render_constraint} inside {@code create_table}; null for what is not rendered (an empty
   * primary key, the CHECK a Boolean or Enum type adds).
   */
  static String constraint(RenderContext ctx, Constraint c, CreateTableOp op) {
    if (c instanceof PrimaryKeyConstraint pk) {
      if (pk.columns().isEmpty()) {
        return null;
      }
      List<String> args = new ArrayList<>(pk.columns().stream().map(PythonRepr::strRepr).toList());
      if (pk.name() != null) {
        args.add("name=" + name(ctx, op.name(pk.name())));
      }
      return ctx.saPrefix() + "PrimaryKeyConstraint(" + String.join(", ", args) + ")";
    } else if (c instanceof ForeignKeyConstraint fk) {
      return foreignKey(ctx, fk, op);
    } else if (c instanceof UniqueConstraint uq) {
      List<String> args = new ArrayList<>(uq.columns().stream().map(PythonRepr::strRepr).toList());
      args.addAll(uniqueOptions(uq));
      if (uq.name() != null) {
        args.add("name=" + name(ctx, op.name(uq.name())));
      }
      return ctx.saPrefix() + "UniqueConstraint(" + String.join(", ", args) + ")";
    } else if (c instanceof CheckConstraint ck) {
      String opts = ck.name() == null ? "" : ", name=" + name(ctx, op.name(ck.name()));
      return ctx.saPrefix() + "CheckConstraint(" + PythonRepr.strRepr(ck.sqltext()) + opts + ")";
    }
    return null;
  }

  /**
   * {@code _uq_constraint}'s options: {@code deferrable} and {@code initially}, which Alembic
   * renders through {@code str()} and then {@code %r}, so {@code deferrable='True'}.
   */
  static List<String> uniqueOptions(UniqueConstraint uq) {
    List<String> opts = new ArrayList<>();
    if (Boolean.TRUE.equals(uq.deferrable())) {
      opts.add("deferrable='True'");
    }
    if (uq.initially() != null && !uq.initially().isEmpty()) {
      opts.add("initially=" + PythonRepr.strRepr(uq.initially()));
    }
    return opts;
  }

  // _render_foreign_key: note the ", " Alembic leaves before ")" when there are no options.
  private static String foreignKey(RenderContext ctx, ForeignKeyConstraint fk, CreateTableOp op) {
    List<String> opts = new ArrayList<>();
    if (fk.name() != null) {
      opts.add("name=" + name(ctx, op.name(fk.name())));
    }
    opts.addAll(foreignKeyOptions(fk));
    List<String> refcols = new ArrayList<>();
    for (String col : fk.referredColumns()) {
      refcols.add(PythonRepr.strRepr(fk.referredTable() + "." + col));
    }
    return ctx.saPrefix()
        + "ForeignKeyConstraint(["
        + String.join(", ", fk.columns().stream().map(PythonRepr::strRepr).toList())
        + "], ["
        + String.join(", ", refcols)
        + "], "
        + String.join(", ", opts)
        + ")";
  }

  /** {@code _populate_render_fk_opts}: onupdate, ondelete, initially, deferrable. */
  static List<String> foreignKeyOptions(ForeignKeyConstraint fk) {
    List<String> opts = new ArrayList<>();
    if (fk.onupdate() != null && !fk.onupdate().isEmpty()) {
      opts.add("onupdate=" + PythonRepr.strRepr(fk.onupdate()));
    }
    if (fk.ondelete() != null && !fk.ondelete().isEmpty()) {
      opts.add("ondelete=" + PythonRepr.strRepr(fk.ondelete()));
    }
    if (fk.initially() != null && !fk.initially().isEmpty()) {
      opts.add("initially=" + PythonRepr.strRepr(fk.initially()));
    }
    if (Boolean.TRUE.equals(fk.deferrable())) {
      opts.add("deferrable=True");
    }
    return opts;
  }
}
