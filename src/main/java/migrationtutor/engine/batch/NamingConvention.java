package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TypeBoundCheckConstraint;
import migrationtutor.engine.schema.UniqueConstraint;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * SQLAlchemy 1.4's {@code naming_convention} ({@code sql/naming.py}) applied to a table reflected
 * into {@code MetaData(naming_convention=...)}, which is what {@code batch_alter_table(...,
 * naming_convention=...)} does: each constraint or index whose name is None, or every one when the
 * convention uses {@code %(constraint_name)s}, gets the convention's name. Keys are {@code pk},
 * {@code uq}, {@code ck}, {@code fk}, {@code ix}. A {@code copy_from} table gets its own MetaData's
 * convention the same way.
 */
public final class NamingConvention {
  private NamingConvention() {}

  private static final Pattern TOKEN = Pattern.compile("%(%|\\(([^)]*)\\)s)");
  private static final Pattern COLUMN_TOKEN =
      Pattern.compile("(referred_)?column_0(_?N)?_(name|label|key)");

  /**
   * The table with the convention's names given to its constraints and indexes, as attaching them
   * to a Table in {@code MetaData(naming_convention=convention)} does.
   */
  public static Table apply(Table table, Map<String, String> convention) {
    if (convention.isEmpty()) {
      return table;
    }
    PrimaryKeyConstraint pk = table.primaryKey();
    if (!pk.columns().isEmpty()) {
      String name = name(table, pk, pk.name(), convention.get("pk"));
      pk = new PrimaryKeyConstraint(pk.columns(), name, pk.deferrable(), pk.initially());
    }
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint c : table.constraints()) {
      constraints.add(renamed(table, c, convention));
    }
    List<Index> indexes = new ArrayList<>();
    for (Index ix : table.indexes()) {
      String name = name(table, ix, ix.name(), convention.get("ix"));
      indexes.add(new Index(name, ix.table(), ix.elements(), ix.unique(), ix.sqliteWhere()));
    }
    return new Table(
        table.name(),
        table.columns(),
        pk,
        constraints,
        indexes,
        table.comment(),
        table.sqliteAutoincrement(),
        table.sqliteWithRowid());
  }

  private static Constraint renamed(Table t, Constraint c, Map<String, String> convention) {
    if (c instanceof UniqueConstraint u) {
      return new UniqueConstraint(
          u.columns(), name(t, c, u.name(), convention.get("uq")), u.deferrable(), u.initially());
    } else if (c instanceof ForeignKeyConstraint f) {
      return new ForeignKeyConstraint(
          f.columns(),
          f.referredTable(),
          f.referredColumns(),
          name(t, c, f.name(), convention.get("fk")),
          f.ondelete(),
          f.onupdate(),
          f.deferrable(),
          f.initially(),
          f.match());
    } else if (c instanceof CheckConstraint k) {
      return new CheckConstraint(
          k.sqltext(), name(t, c, k.name(), convention.get("ck")), k.deferrable(), k.initially());
    } else if (c instanceof TypeBoundCheckConstraint) {
      return c;
    }
    throw new IllegalStateException("unexpected constraint " + c);
  }

  /**
   * {@code _constraint_name_for_table}: the name a convention gives a constraint or index of a
   * table; a plain name is kept unless the convention names every one ({@code
   * %(constraint_name)s}).
   *
   * @param element the {@link Constraint} or {@link Index}
   * @param current its name, or null
   * @param convention the convention's template for its kind ({@code uq}, {@code ix}, ...), or null
   */
  public static String name(Table t, Object element, String current, String convention) {
    if (convention == null || (current != null && !convention.contains("%(constraint_name)s"))) {
      return current;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(convention);
    int last = 0;
    while (m.find()) {
      out.append(convention, last, m.start());
      out.append(m.group(1).equals("%") ? "%" : token(t, element, current, m.group(2)));
      last = m.end();
    }
    return out.append(convention.substring(last)).toString();
  }

  // ConventionDict.__getitem__
  private static String token(Table t, Object element, String current, String key) {
    if (key.equals("table_name")) {
      return t.name();
    } else if (key.equals("constraint_name")) {
      if (current == null) {
        throw new PythonException(
            "sqlalchemy.exc.InvalidRequestError",
            "Naming convention including %(constraint_name)s token requires that constraint is"
                + " explicitly named.");
      }
      return current;
    } else if (key.equals("referred_table_name") && element instanceof ForeignKeyConstraint f) {
      return f.referredTable();
    }
    Matcher m = COLUMN_TOKEN.matcher(key);
    if (!m.matches()) {
      throw new PythonException("KeyError", PythonRepr.strRepr(key));
    }
    boolean referred = m.group(1) != null;
    List<String> columns = referred ? referredColumns(element, key) : columns(element);
    if (columns.isEmpty()) {
      throw new PythonException("IndexError", "list index out of range");
    }
    String kind = m.group(3);
    List<String> parts =
        columns.stream()
            .map(c -> kind.equals("label") && !referred ? t.name() + "_" + c : c)
            .toList();
    if (m.group(2) == null) {
      return parts.get(0);
    }
    return String.join(m.group(2).startsWith("_") ? "_" : "", parts);
  }

  private static List<String> columns(Object element) {
    if (element instanceof Index ix) {
      return ix.elements().stream().map(IndexElement::text).toList();
    } else if (element instanceof Constraint c) {
      return Table.constrainedColumns(c);
    }
    return List.of();
  }

  private static List<String> referredColumns(Object element, String key) {
    if (element instanceof ForeignKeyConstraint f) {
      return f.referredColumns();
    }
    throw new UnsupportedConstructException(
        "the naming convention token %(" + key + ")s outside a foreign key convention",
        "use it only in the \"fk\" convention");
  }
}
