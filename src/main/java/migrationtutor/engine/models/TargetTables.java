package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import migrationtutor.engine.autogen.MetadataTable;
import migrationtutor.engine.batch.NamingConvention;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * The tables of one MetaData as SQLAlchemy holds them once every table exists: those {@code
 * Table(name, metadata, ...)} made and those declarative classes mapped, with a column typed only
 * by its {@code ForeignKey} given the referred column's type, and the MetaData's naming convention
 * applied to unnamed constraints and to {@code index=True} indexes (those names are SQLAlchemy's
 * {@code conv}).
 */
final class TargetTables {
  private static final Map<String, String> DEFAULT_CONVENTION =
      Map.of("ix", "ix_%(column_0_label)s");

  private TargetTables() {}

  /** The tables of a MetaData, or the first problem that keeps them from being known. */
  static List<MetadataTable> of(
      SaMetaData metadata, ModelRegistry registry, List<ModelProblem> problems) {
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, Set<String>> generated = new LinkedHashMap<>();
    for (Table t : metadata.tables()) {
      tables.put(t.name(), t);
      Set<String> gen = new HashSet<>();
      for (Index ix : t.indexes()) {
        // Only an index=True column's index can have been named by the convention here.
        if (ix.elements().size() == 1
            && t.column(ix.elements().get(0).text()).map(Column::index).orElse(false)
            && ix.name().equals("ix_" + t.name() + "_" + ix.elements().get(0).text())) {
          gen.add(ix.name());
        }
      }
      generated.put(t.name(), gen);
    }
    for (DeclaredTable d : registry.tables(metadata)) {
      problems.addAll(d.problems());
      tables.put(d.table().name(), d.table());
      generated.put(d.table().name(), new HashSet<>(d.generatedIndexes()));
    }
    Map<String, String> convention =
        metadata.namingConvention().isEmpty() ? DEFAULT_CONVENTION : metadata.namingConvention();
    List<MetadataTable> out = new ArrayList<>();
    for (Table t : tables.values()) {
      Table typed = withForeignKeyTypes(t, tables);
      out.add(named(typed, convention, generated.get(t.name())));
    }
    return out;
  }

  // ForeignKey._set_target_column: a column without a type takes the referred column's.
  private static Table withForeignKeyTypes(Table t, Map<String, Table> tables) {
    List<Column> columns = new ArrayList<>();
    boolean changed = false;
    for (Column c : t.columns()) {
      Column typed = c;
      if (c.type() instanceof NullType) {
        for (ForeignKey fk : c.foreignKeys()) {
          Optional<Column> target =
              Optional.ofNullable(tables.get(fk.referredTable()))
                  .flatMap(r -> r.column(fk.referredColumn()));
          if (target.isPresent() && !(target.get().type() instanceof NullType)) {
            typed = retyped(c, target.get());
            changed = true;
            break;
          }
        }
      }
      columns.add(typed);
    }
    if (!changed) {
      return t;
    }
    return new Table(
        t.name(),
        columns,
        t.primaryKey(),
        t.constraints(),
        t.indexes(),
        t.comment(),
        t.sqliteAutoincrement(),
        t.sqliteWithRowid());
  }

  private static Column retyped(Column c, Column target) {
    return new Column(
        c.name(),
        target.type(),
        c.nullable(),
        c.primaryKey(),
        c.serverDefault(),
        c.unique(),
        c.index(),
        c.comment(),
        c.foreignKeys(),
        c.constraints(),
        c.autoincrement(),
        c.hasDefault(),
        c.hasOnupdate());
  }

  // _constraint_name_for_table for every constraint and index of the table.
  private static MetadataTable named(
      Table t, Map<String, String> convention, Set<String> generatedIndexes) {
    Set<String> conventional = new HashSet<>();
    PrimaryKeyConstraint pk = t.primaryKey();
    if (!pk.columns().isEmpty()) {
      String name = name(t, pk, pk.name(), convention.get("pk"), conventional);
      pk = new PrimaryKeyConstraint(pk.columns(), name, pk.deferrable(), pk.initially());
    }
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint c : t.constraints()) {
      if (c instanceof UniqueConstraint u) {
        constraints.add(
            new UniqueConstraint(
                u.columns(),
                name(t, u, u.name(), convention.get("uq"), conventional),
                u.deferrable(),
                u.initially()));
      } else if (c instanceof ForeignKeyConstraint f) {
        constraints.add(
            new ForeignKeyConstraint(
                f.columns(),
                f.referredTable(),
                f.referredColumns(),
                name(t, f, f.name(), convention.get("fk"), conventional),
                f.ondelete(),
                f.onupdate(),
                f.deferrable(),
                f.initially(),
                f.match()));
      } else if (c instanceof CheckConstraint k) {
        constraints.add(
            new CheckConstraint(
                k.sqltext(),
                name(t, k, k.name(), convention.get("ck"), conventional),
                k.deferrable(),
                k.initially()));
      } else {
        constraints.add(c);
      }
    }
    List<Index> indexes = new ArrayList<>();
    for (Index ix : t.indexes()) {
      String current = generatedIndexes.contains(ix.name()) ? null : ix.name();
      String name = name(t, ix, current, convention.get("ix"), conventional);
      indexes.add(
          new Index(
              name == null ? ix.name() : name,
              t.name(),
              ix.elements(),
              ix.unique(),
              ix.sqliteWhere()));
    }
    Table named =
        new Table(
            t.name(),
            t.columns(),
            pk,
            constraints,
            indexes,
            t.comment(),
            t.sqliteAutoincrement(),
            t.sqliteWithRowid());
    return new MetadataTable(named, conventional);
  }

  private static String name(
      Table t, Object element, String current, String template, Set<String> conventional) {
    if (template == null || (current != null && !template.contains("%(constraint_name)s"))) {
      return current;
    }
    String name = NamingConvention.name(t, element, current, template);
    conventional.add(name);
    return name;
  }
}
