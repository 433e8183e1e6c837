package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;

/**
 * {@code OpContainer.as_diffs()}: each operation's {@code to_diff_tuple()}, printed as Python
 * prints the list Alembic 1.9's {@code alembic check} puts in its message.
 */
final class DiffTuples {
  private DiffTuples() {}

  static String asDiffs(List<MigrateOperation> ops) {
    List<String> out = new ArrayList<>();
    collect(ops, out);
    return "[" + String.join(", ", out) + "]";
  }

  private static void collect(List<MigrateOperation> ops, List<String> out) {
    for (MigrateOperation op : ops) {
      if (op instanceof ModifyTableOps m) {
        collect(m.ops(), out);
      } else {
        out.add(diffTuple(op));
      }
    }
  }

  private static String diffTuple(MigrateOperation op) {
    if (op instanceof CreateTableOp t) {
      return tuple("'add_table'", SqlAlchemyRepr.table(t.table()));
    } else if (op instanceof DropTableOp t) {
      return tuple("'remove_table'", SqlAlchemyRepr.table(t.reverse().table()));
    } else if (op instanceof AddColumnOp a) {
      return tuple(
          "'add_column'",
          "None",
          PythonRepr.strRepr(a.tableName()),
          SqlAlchemyRepr.column(a.column(), a.tableName()));
    } else if (op instanceof DropColumnOp d) {
      return tuple(
          "'remove_column'",
          "None",
          PythonRepr.strRepr(d.tableName()),
          SqlAlchemyRepr.column(d.column(), d.tableName()));
    } else if (op instanceof CreateIndexOp c) {
      return tuple("'add_index'", SqlAlchemyRepr.index(c.index(), c.owner()));
    } else if (op instanceof DropIndexOp d) {
      return tuple("'remove_index'", SqlAlchemyRepr.index(d.reverse().index(), d.owner()));
    } else if (op instanceof CreateUniqueConstraintOp u) {
      return tuple("'add_constraint'", SqlAlchemyRepr.constraint(u.constraint()));
    } else if (op instanceof CreateForeignKeyOp f) {
      return tuple("'add_fk'", SqlAlchemyRepr.constraint(f.constraint()));
    } else if (op instanceof DropConstraintOp d) {
      return tuple(
          d.constraintType().equals("foreignkey") ? "'remove_fk'" : "'remove_constraint'",
          SqlAlchemyRepr.constraint(d.constraint()));
    }
    return alterColumn((AlterColumnOp) op);
  }

  // AlterColumnOp.to_diff_tuple: a list with one tuple per kind of change.
  private static String alterColumn(AlterColumnOp op) {
    String head =
        "None, " + PythonRepr.strRepr(op.tableName()) + ", " + PythonRepr.strRepr(op.columnName());
    String type = op.existingType() == null ? "None" : op.existingType().pythonRepr();
    String existingDefault = defaultSetting(op.existingServerDefault());
    String nullable = PythonRepr.repr(op.existingNullable());
    List<String> diffs = new ArrayList<>();
    if (op.modifyType() != null) {
      diffs.add(
          tuple(
              "'modify_type'",
              head,
              "{'existing_nullable': "
                  + nullable
                  + ", 'existing_server_default': "
                  + existingDefault
                  + ", 'existing_comment': None}",
              type,
              op.modifyType().pythonRepr()));
    }
    if (op.modifyNullable() != null) {
      diffs.add(
          tuple(
              "'modify_nullable'",
              head,
              "{'existing_type': "
                  + type
                  + ", 'existing_server_default': "
                  + existingDefault
                  + ", 'existing_comment': None}",
              nullable,
              PythonRepr.repr(op.modifyNullable())));
    }
    if (op.modifyServerDefault().given()) {
      diffs.add(
          tuple(
              "'modify_default'",
              head,
              "{'existing_nullable': "
                  + nullable
                  + ", 'existing_type': "
                  + type
                  + ", 'existing_comment': None}",
              existingDefault,
              defaultSetting(op.modifyServerDefault())));
    }
    return "[" + String.join(", ", diffs) + "]";
  }

  private static String defaultSetting(DefaultSetting d) {
    return d.given() ? SqlAlchemyRepr.serverDefault(d.value()) : "False";
  }

  private static String tuple(String... items) {
    return "(" + String.join(", ", items) + ")";
  }

  static String tableRepr(Table t) {
    return SqlAlchemyRepr.table(t);
  }
}
