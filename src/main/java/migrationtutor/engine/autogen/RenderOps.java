package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;

/** {@code render_op}: each operation as the Python lines Alembic 1.8.1 writes for it. */
final class RenderOps {
  private static final String ALTER_INDENT = " ".repeat(11);

  private RenderOps() {}

  static List<String> render(RenderContext ctx, MigrateOperation op) {
    if (op instanceof ModifyTableOps m) {
      return modifyTable(ctx, m);
    }
    String line;
    if (op instanceof CreateTableOp t) {
      line = createTable(ctx, t);
    } else if (op instanceof DropTableOp t) {
      line = ctx.opPrefix() + "drop_table(" + PythonRepr.strRepr(t.tableName()) + ")";
    } else if (op instanceof AddColumnOp a) {
      line = addColumn(ctx, a.tableName(), a.column());
    } else if (op instanceof DropColumnOp d) {
      line =
          ctx.opPrefix()
              + "drop_column("
              + (ctx.inBatch() ? "" : PythonRepr.strRepr(d.tableName()) + ", ")
              + PythonRepr.strRepr(d.column().name())
              + ")";
    } else if (op instanceof AlterColumnOp a) {
      line = alterColumn(ctx, a);
    } else if (op instanceof CreateIndexOp c) {
      line = createIndex(ctx, c);
    } else if (op instanceof DropIndexOp d) {
      line =
          ctx.opPrefix()
              + "drop_index("
              + RenderItems.name(ctx, d.name())
              + (ctx.inBatch() ? "" : ", table_name=" + PythonRepr.strRepr(d.index().table()))
              + indexKwargs(ctx, d.index())
              + ")";
    } else if (op instanceof CreateUniqueConstraintOp u) {
      List<String> args = new ArrayList<>();
      args.add(RenderItems.name(ctx, u.name()));
      if (!ctx.inBatch()) {
        args.add(PythonRepr.strRepr(u.tableName()));
      }
      args.add(PythonRepr.repr(u.constraint().columns()));
      args.addAll(RenderItems.uniqueOptions(u.constraint()));
      line = ctx.opPrefix() + "create_unique_constraint(" + String.join(", ", args) + ")";
    } else if (op instanceof CreateForeignKeyOp f) {
      line = createForeignKey(ctx, f);
    } else {
      DropConstraintOp d = (DropConstraintOp) op;
      line =
          ctx.opPrefix()
              + "drop_constraint("
              + RenderItems.name(ctx, d.name())
              + (ctx.inBatch() ? "" : ", '" + d.tableName() + "'")
              + ", type_="
              + PythonRepr.strRepr(d.constraintType())
              + ")";
    }
    return List.of(line);
  }

  // _render_modify_table: a batch block ends with an empty line, which closes it.
  private static List<String> modifyTable(RenderContext ctx, ModifyTableOps m) {
    List<String> lines = new ArrayList<>();
    if (ctx.options().renderAsBatch()) {
      ctx.batch(true);
      lines.add(
          // Alembic writes "op." here whatever alembic_module_prefix says.
          "with op.batch_alter_table("
              + PythonRepr.strRepr(m.tableName())
              + ", schema=None) as batch_op:");
      for (MigrateOperation op : m.ops()) {
        lines.addAll(render(ctx, op));
      }
      lines.add("");
      ctx.batch(false);
    } else {
      for (MigrateOperation op : m.ops()) {
        lines.addAll(render(ctx, op));
      }
    }
    return lines;
  }

  // _add_table: columns, then the constraints' renderings sorted as strings.
  private static String createTable(RenderContext ctx, CreateTableOp op) {
    Table table = op.table();
    List<String> args = new ArrayList<>();
    for (Column c : table.columns()) {
      args.add(RenderItems.column(ctx, c));
    }
    List<String> constraints = new ArrayList<>();
    List<Constraint> all = new ArrayList<>();
    all.add(table.primaryKey());
    all.addAll(table.constraints());
    for (Constraint c : all) {
      String rendered = RenderItems.constraint(ctx, c, op);
      if (rendered != null) {
        constraints.add(rendered);
      }
    }
    constraints.sort(null);
    args.addAll(constraints);
    StringBuilder text =
        new StringBuilder(ctx.opPrefix())
            .append("create_table(")
            .append(PythonRepr.strRepr(table.name()))
            .append(",\n");
    text.append(
        args.size() > 255 ? "*[" + String.join(",\n", args) + "]" : String.join(",\n", args));
    if (table.comment() != null && !table.comment().isEmpty()) {
      text.append(",\ncomment=").append(PythonRepr.strRepr(table.comment()));
    }
    if (table.sqliteAutoincrement()) {
      text.append(",\nsqlite_autoincrement=True");
    }
    if (!table.sqliteWithRowid()) {
      text.append(",\nsqlite_with_rowid=False");
    }
    return text.append("\n)").toString();
  }

  private static String addColumn(RenderContext ctx, String table, Column column) {
    return ctx.opPrefix()
        + "add_column("
        + (ctx.inBatch() ? "" : PythonRepr.strRepr(table) + ", ")
        + RenderItems.column(ctx, column)
        + ")";
  }

  private static String createIndex(RenderContext ctx, CreateIndexOp op) {
    Index ix = op.index();
    List<String> columns =
        ix.elements().stream().map(e -> RenderItems.indexElement(ctx, e)).toList();
    return ctx.opPrefix()
        + "create_index("
        + RenderItems.name(ctx, op.name())
        + ", "
        + (ctx.inBatch() ? "" : PythonRepr.strRepr(ix.table()) + ", ")
        + "["
        + String.join(", ", columns)
        + "], unique="
        + PythonRepr.repr(ix.unique())
        + indexKwargs(ctx, ix)
        + ")";
  }

  private static String indexKwargs(RenderContext ctx, Index ix) {
    return ix.sqliteWhere() == null
        ? ""
        : ", sqlite_where=" + ctx.saPrefix() + "text(" + PythonRepr.strRepr(ix.sqliteWhere()) + ")";
  }

  // _add_fk_constraint: the name, the source table (not in batch), the referent, the columns,
  // then the options that are set.
  private static String createForeignKey(RenderContext ctx, CreateForeignKeyOp op) {
    ForeignKeyConstraint fk = op.constraint();
    List<String> args = new ArrayList<>();
    args.add(RenderItems.name(ctx, op.name()));
    if (!ctx.inBatch()) {
      args.add(PythonRepr.strRepr(op.sourceTable()));
    }
    args.add(PythonRepr.strRepr(fk.referredTable()));
    args.add(PythonRepr.repr(fk.columns()));
    args.add(PythonRepr.repr(fk.referredColumns()));
    if (fk.onupdate() != null && !fk.onupdate().isEmpty()) {
      args.add("onupdate=" + PythonRepr.strRepr(fk.onupdate()));
    }
    if (fk.ondelete() != null && !fk.ondelete().isEmpty()) {
      args.add("ondelete=" + PythonRepr.strRepr(fk.ondelete()));
    }
    if (fk.initially() != null && !fk.initially().isEmpty()) {
      args.add("initially=" + PythonRepr.strRepr(fk.initially()));
    }
    if (Boolean.TRUE.equals(fk.deferrable())) {
      args.add("deferrable=True");
    }
    return ctx.opPrefix() + "create_foreign_key(" + String.join(", ", args) + ")";
  }

  // _alter_column: each keyword on its own line, indented by 11 spaces.
  private static String alterColumn(RenderContext ctx, AlterColumnOp op) {
    StringBuilder text = new StringBuilder(ctx.opPrefix()).append("alter_column(");
    if (!ctx.inBatch()) {
      text.append(PythonRepr.strRepr(op.tableName())).append(", ");
    }
    text.append(PythonRepr.strRepr(op.columnName()));
    if (op.existingType() != null) {
      keyword(text, "existing_type", RenderItems.type(ctx, op.existingType()));
    }
    if (op.modifyServerDefault().given()) {
      keyword(
          text, "server_default", RenderItems.serverDefault(ctx, op.modifyServerDefault().value()));
    }
    if (op.modifyType() != null) {
      keyword(text, "type_", RenderItems.type(ctx, op.modifyType()));
    }
    if (op.modifyNullable() != null) {
      keyword(text, "nullable", PythonRepr.repr(op.modifyNullable()));
    }
    if (op.modifyNullable() == null && op.existingNullable() != null) {
      keyword(text, "existing_nullable", PythonRepr.repr(op.existingNullable()));
    }
    if (op.autoincrement() != null) {
      keyword(text, "autoincrement", PythonRepr.repr(op.autoincrement()));
    }
    if (!op.modifyServerDefault().given() && op.existingServerDefault().present()) {
      keyword(
          text,
          "existing_server_default",
          RenderItems.serverDefault(ctx, op.existingServerDefault().value()));
    }
    return text.append(")").toString();
  }

  private static void keyword(StringBuilder text, String name, String value) {
    text.append(",\n").append(ALTER_INDENT).append(name).append('=').append(value);
  }
}
