package migrationtutor.engine.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A table: {@code sa.Table(name, metadata, ...)} or the table {@code op.create_table(...)} builds.
 *
 * <p>{@link #constraints()} holds every constraint except the primary key, in SQLAlchemy's creation
 * order ({@code Constraint._creation_order}), which is the order {@code CREATE TABLE} renders them
 * in after the primary key. {@link #assemble} gives column-attached constraints the positions
 * SQLAlchemy gives them; the canonical constructor takes the order as given (for reflected tables,
 * or a table that later gets {@code append_constraint}).
 *
 * @param name the table name
 * @param columns the columns in order
 * @param primaryKey the primary key ({@link PrimaryKeyConstraint#none()} for none); its columns are
 *     marked {@code primary_key} here as SQLAlchemy's {@code PrimaryKeyConstraint._set_parent} does
 * @param constraints the other constraints in creation order
 * @param indexes the indexes in creation order ({@code op.create_table} creates them in this order;
 *     in real Alembic it is {@code set} order, effectively arbitrary)
 * @param comment {@code comment=}, or null (no DDL on SQLite)
 * @param sqliteAutoincrement {@code sqlite_autoincrement=True}
 * @param sqliteWithRowid {@code sqlite_with_rowid=} (default True)
 */
public record Table(
    String name,
    List<Column> columns,
    PrimaryKeyConstraint primaryKey,
    List<Constraint> constraints,
    List<Index> indexes,
    String comment,
    boolean sqliteAutoincrement,
    boolean sqliteWithRowid) {

  /** Validates the references between the parts, as attaching them to a Table does. */
  public Table {
    Names.require("a table name", name);
    columns = List.copyOf(columns);
    primaryKey = primaryKey == null ? PrimaryKeyConstraint.none() : primaryKey;
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
    Set<String> names = new HashSet<>();
    for (Column c : columns) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("table " + name + " has two columns named " + c.name());
      }
    }
    requireColumns(names, primaryKey.columns());
    for (Constraint c : constraints) {
      if (c instanceof PrimaryKeyConstraint) {
        throw new IllegalArgumentException("the primary key goes in Table.primaryKey");
      }
      requireColumns(names, constrainedColumns(c));
    }
    for (Index ix : indexes) {
      if (!ix.table().equals(name)) {
        throw new IllegalArgumentException("index " + ix.name() + " is on table " + ix.table());
      }
      requireColumns(
          names,
          ix.elements().stream().filter(e -> !e.expression()).map(IndexElement::text).toList());
    }
    List<Column> marked = new ArrayList<>();
    for (Column c : columns) {
      marked.add(primaryKey.columns().contains(c.name()) ? c.withPrimaryKey(true) : c);
    }
    columns = List.copyOf(marked);
  }

  /** A table with columns only, its primary key taken from {@code primary_key=True} columns. */
  public Table(String name, List<Column> columns) {
    this(name, columns, implicitPrimaryKey(columns), List.of(), List.of(), null, false, true);
  }

  /**
   * Builds a table from the arguments of {@code sa.Table(...)} / {@code op.create_table(...)} in
   * the order written, giving every constraint SQLAlchemy 1.4's creation position.
   *
   * <p>Python evaluates all the arguments before {@code Table()} runs, so the explicit constraints
   * come first, in the order written. Then each column, in column order, creates as it is attached:
   * its {@code index=True} index (unique with {@code unique=True}) or else its {@code unique=True}
   * constraint; then its type's CHECK ({@code Boolean}/{@code Enum} with {@code
   * create_constraint=True}); then one foreign key constraint per {@code sa.ForeignKey}. A
   * declarative model passed to {@code create_all} (constraints only in {@code __table_args__})
   * therefore renders {@code UNIQUE (c)} after the type CHECKs, while {@code op.create_table} with
   * an explicit {@code sa.UniqueConstraint('c')} renders it before them. The primary key is the
   * last explicit {@code PrimaryKeyConstraint}, else the {@code primary_key=True} columns in order.
   */
  public static Table assemble(String name, List<? extends TableElement> elements) {
    return assemble(name, elements, w -> {});
  }

  /** As {@link #assemble(String, List)}, reporting SQLAlchemy's warnings. */
  public static Table assemble(
      String name, List<? extends TableElement> elements, Consumer<PythonWarning> warnings) {
    return new TableAssembler(name, warnings).assemble(elements);
  }

  /** The column with the given name. */
  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /**
   * This table with a constraint created after it ({@code table.append_constraint(c)}): a primary
   * key replaces the current one, anything else goes last.
   */
  public Table withConstraint(Constraint constraint) {
    if (constraint instanceof PrimaryKeyConstraint pk) {
      return new Table(
          name, columns, pk, constraints, indexes, comment, sqliteAutoincrement, sqliteWithRowid);
    }
    List<Constraint> more = new ArrayList<>(constraints);
    more.add(constraint);
    return new Table(
        name, columns, primaryKey, more, indexes, comment, sqliteAutoincrement, sqliteWithRowid);
  }

  /** This table with one more index, created last. */
  public Table withIndex(Index index) {
    List<Index> more = new ArrayList<>(indexes);
    more.add(index);
    return new Table(
        name,
        columns,
        primaryKey,
        constraints,
        more,
        comment,
        sqliteAutoincrement,
        sqliteWithRowid);
  }

  /** This table with {@code comment=} set. */
  public Table withComment(String value) {
    return new Table(
        name,
        columns,
        primaryKey,
        constraints,
        indexes,
        value,
        sqliteAutoincrement,
        sqliteWithRowid);
  }

  /** This table with {@code sqlite_autoincrement=} set. */
  public Table withSqliteAutoincrement(boolean value) {
    return new Table(
        name, columns, primaryKey, constraints, indexes, comment, value, sqliteWithRowid);
  }

  /** This table with {@code sqlite_with_rowid=} set. */
  public Table withSqliteWithRowid(boolean value) {
    return new Table(
        name, columns, primaryKey, constraints, indexes, comment, sqliteAutoincrement, value);
  }

  /** The local columns a constraint names. */
  public static List<String> constrainedColumns(Constraint constraint) {
    if (constraint instanceof PrimaryKeyConstraint pk) {
      return pk.columns();
    } else if (constraint instanceof UniqueConstraint uq) {
      return uq.columns();
    } else if (constraint instanceof ForeignKeyConstraint fk) {
      return fk.columns();
    } else if (constraint instanceof TypeBoundCheckConstraint ck) {
      return List.of(ck.column());
    }
    return List.of();
  }

  static PrimaryKeyConstraint implicitPrimaryKey(List<Column> columns) {
    return new PrimaryKeyConstraint(
        columns.stream().filter(Column::primaryKey).map(Column::name).toList());
  }

  // Resolving a column name against table.c raises a plain KeyError in SQLAlchemy 1.4.
  private static void requireColumns(Set<String> names, List<String> wanted) {
    for (String w : wanted) {
      if (!names.contains(w)) {
        throw new PythonException("KeyError", PythonRepr.strRepr(w));
      }
    }
  }
}
