package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import migrationtutor.engine.reflect.ReflectedForeignKey;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;

/**
 * {@code _compare_foreign_keys} for a table both sides have: keys are matched by their columns and
 * targets, and — because SQLite's reflection reports options — by {@code ON UPDATE}, {@code ON
 * DELETE} and deferrability too ({@code _fk_constraint_sig} with {@code include_options}).
 */
final class CompareForeignKeys {
  private CompareForeignKeys() {}

  /**
   * The drops, then the additions. Alembic iterates Python sets of signatures here (an arbitrary
   * order); the engine keeps the database's order, then the model's.
   */
  static List<MigrateOperation> compare(AutogenContext ctx, String tname, MetadataTable metadata) {
    List<ReflectedForeignKey> reflected = ctx.inspector().getForeignKeys(tname);
    boolean options = !reflected.isEmpty();
    Map<List<Object>, ForeignKeyConstraint> conn = new LinkedHashMap<>();
    for (ReflectedForeignKey fk : reflected) {
      ForeignKeyConstraint c =
          new ForeignKeyConstraint(
              fk.constrainedColumns(),
              fk.referredTable(),
              fk.referredColumns(),
              fk.name(),
              fk.ondelete(),
              fk.onupdate(),
              fk.deferrable(),
              fk.initially(),
              null);
      conn.put(sig(tname, c, options), c);
    }
    Map<List<Object>, ForeignKeyConstraint> model = new LinkedHashMap<>();
    for (Constraint c : metadata.table().constraints()) {
      if (c instanceof ForeignKeyConstraint fk) {
        model.put(sig(tname, fk, options), fk);
      }
    }
    List<MigrateOperation> ops = new ArrayList<>();
    conn.forEach(
        (sig, fk) -> {
          if (!model.containsKey(sig)) {
            ops.add(new DropConstraintOp(tname, fk, false));
            ctx.info(message("removed", tname, fk), "_remove_fk", 1317);
          }
        });
    model.forEach(
        (sig, fk) -> {
          if (!conn.containsKey(sig)) {
            boolean conventional =
                fk.name() != null && metadata.conventionalNames().contains(fk.name());
            ops.add(new CreateForeignKeyOp(tname, fk, conventional));
            ctx.info(message("added", tname, fk), "_add_fk", 1302);
          }
        });
    return ops;
  }

  private static String message(String what, String tname, ForeignKeyConstraint fk) {
    return "Detected "
        + what
        + " foreign key ("
        + String.join(", ", fk.columns())
        + ")("
        + String.join(", ", fk.referredColumns())
        + ") on table "
        + tname;
  }

  // _fk_constraint_sig.sig: columns and targets, then the normalised options.
  private static List<Object> sig(String tname, ForeignKeyConstraint fk, boolean options) {
    List<Object> sig = new ArrayList<>();
    sig.add(tname);
    sig.add(fk.columns());
    sig.add(fk.referredTable());
    sig.add(fk.referredColumns());
    if (options) {
      sig.add(normalised(fk.onupdate()));
      sig.add(normalised(fk.ondelete()));
      sig.add(
          fk.initially() != null && fk.initially().equalsIgnoreCase("deferred")
              ? "initially_deferrable"
              : Boolean.TRUE.equals(fk.deferrable()) ? "deferrable" : "not deferrable");
    }
    return sig;
  }

  private static String normalised(String rule) {
    if (rule == null || rule.isEmpty()) {
      return null;
    }
    String lower = rule.toLowerCase(Locale.ROOT);
    return lower.equals("no action") ? null : lower;
  }
}
