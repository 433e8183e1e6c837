package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import migrationtutor.engine.reflect.Inspector;
import migrationtutor.engine.reflect.ReflectedIndex;
import migrationtutor.engine.reflect.ReflectedUniqueConstraint;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * {@code _compare_indexes_and_uniques} on SQLite: the model's indexes and unique constraints
 * against the reflected ones, matched by name (both sides) and, for unnamed unique constraints of
 * the model, by columns. SQLite reports unnamed {@code UNIQUE (...)} clauses without a name, so
 * those are never seen as removed, as in Alembic.
 */
final class CompareConstraints {
  private final AutogenContext ctx;
  private final String tname;
  private final boolean createTable;
  private final boolean dropTable;
  private final List<ConstraintSig> metadataUniques = new ArrayList<>();
  private final List<ConstraintSig> metadataIndexes = new ArrayList<>();
  private final List<ConstraintSig> connUniques = new ArrayList<>();
  private final List<ConstraintSig> connIndexes = new ArrayList<>();
  private final List<MigrateOperation> ops = new ArrayList<>();
  private final Table metadataTable;
  private final Table connTable;

  /**
   * @param metadata the model's table, or null when the table is being dropped
   * @param conn the reflected table, or null when the database does not have it
   */
  CompareConstraints(AutogenContext ctx, String tname, MetadataTable metadata, Table conn) {
    boolean connExists = conn != null;
    this.metadataTable = metadata == null ? null : metadata.table();
    this.connTable = conn;
    this.ctx = ctx;
    this.tname = tname;
    this.createTable = !connExists;
    this.dropTable = metadata == null;
    if (metadata != null) {
      for (Constraint c : metadata.table().constraints()) {
        if (c instanceof UniqueConstraint uq) {
          metadataUniques.add(
              ConstraintSig.of(
                  uq, uq.name() != null && metadata.conventionalNames().contains(uq.name())));
        }
      }
      for (Index ix : metadata.table().indexes()) {
        metadataIndexes.add(ConstraintSig.of(ix, metadata.conventionalNames().contains(ix.name())));
      }
    }
    if (connExists) {
      Inspector inspector = ctx.inspector();
      if (!dropTable) {
        for (ReflectedUniqueConstraint uq : inspector.getUniqueConstraints(tname)) {
          connUniques.add(
              ConstraintSig.of(new UniqueConstraint(uq.columnNames(), uq.name()), false));
        }
      }
      // _make_index keeps name, columns and uniqueness only (no sqlite_where).
      for (ReflectedIndex ix : inspector.getIndexes(tname)) {
        connIndexes.add(
            ConstraintSig.of(
                new Index(
                    ix.name(),
                    tname,
                    ix.columnNames().stream().map(IndexElement::column).toList(),
                    ix.unique(),
                    null),
                false));
      }
    }
  }

  /** The operations, in Alembic's order: removed, changed, added by name; then unnamed added. */
  List<MigrateOperation> compare() {
    Map<String, ConstraintSig> metadataNames = new LinkedHashMap<>();
    for (ConstraintSig c : concat(metadataUniques, metadataIndexes)) {
      if (c.isIndex() || c.name() != null) {
        metadataNames.put(c.name(), c);
      }
    }
    Map<String, ConstraintSig> connUniquesByName = new LinkedHashMap<>();
    connUniques.forEach(c -> connUniquesByName.put(c.name(), c));
    Map<String, ConstraintSig> connIndexesByName = new LinkedHashMap<>();
    connIndexes.forEach(c -> connIndexesByName.put(c.name(), c));
    Map<String, ConstraintSig> connNames = new LinkedHashMap<>();
    for (ConstraintSig c : concat(connUniques, connIndexes)) {
      if (c.name() != null) {
        connNames.put(c.name(), c);
      }
    }
    Map<List<String>, ConstraintSig> connUniquesBySig = new LinkedHashMap<>();
    connUniques.forEach(c -> connUniquesBySig.put(c.sig(), c));
    Map<List<String>, ConstraintSig> metadataUniquesBySig = new LinkedHashMap<>();
    metadataUniques.forEach(c -> metadataUniquesBySig.put(c.sig(), c));
    Map<List<String>, ConstraintSig> metadataIndexesBySig = new LinkedHashMap<>();
    metadataIndexes.forEach(c -> metadataIndexesBySig.put(c.sig(), c));
    Map<List<String>, ConstraintSig> unnamedMetadataUniques = new LinkedHashMap<>();
    for (ConstraintSig c : metadataUniques) {
      if (c.name() == null) {
        unnamedMetadataUniques.put(c.sig(), c);
      }
    }

    for (String removed : new TreeSet<>(difference(connNames, metadataNames))) {
      ConstraintSig connObj = connNames.get(removed);
      boolean doubled =
          connUniquesByName.containsKey(removed) && connIndexesByName.containsKey(removed);
      if (!connObj.isIndex() && unnamedMetadataUniques.containsKey(connObj.sig())) {
        continue;
      } else if (doubled) {
        if (!metadataIndexesBySig.containsKey(connObj.sig())
            && !metadataUniquesBySig.containsKey(connObj.sig())) {
          removed(connUniquesByName.get(removed));
          removed(connIndexesByName.get(removed));
        }
      } else {
        removed(connObj);
      }
    }
    for (String existing : new TreeSet<>(metadataNames.keySet())) {
      if (!connNames.containsKey(existing)) {
        continue;
      }
      ConstraintSig metadataObj = metadataNames.get(existing);
      ConstraintSig connObj = connNames.get(existing);
      if (connUniquesByName.containsKey(existing) && connIndexesByName.containsKey(existing)) {
        connObj =
            metadataObj.isIndex()
                ? connIndexesByName.get(existing)
                : connUniquesByName.get(existing);
      }
      if (connObj.isIndex() != metadataObj.isIndex()) {
        removed(connObj);
        added(metadataObj);
      } else {
        List<String> msg = new ArrayList<>();
        if (connObj.isUnique() != metadataObj.isUnique()) {
          msg.add(
              " unique="
                  + PythonRepr.repr(connObj.isUnique())
                  + " to unique="
                  + PythonRepr.repr(metadataObj.isUnique()));
        }
        if (!connObj.sig().equals(metadataObj.sig())) {
          msg.add(
              " columns "
                  + PythonRepr.tupleRepr(connObj.sig())
                  + " to "
                  + PythonRepr.tupleRepr(metadataObj.sig()));
        }
        if (!msg.isEmpty()) {
          changed(connObj, metadataObj, String.join(", ", msg));
        }
      }
    }
    for (String added : new TreeSet<>(difference(metadataNames, connNames))) {
      added(metadataNames.get(added));
    }
    // Alembic iterates a dict built from a set of constraint objects here (an arbitrary order);
    // the engine keeps the model's order.
    for (Map.Entry<List<String>, ConstraintSig> e : unnamedMetadataUniques.entrySet()) {
      if (!connUniquesBySig.containsKey(e.getKey())) {
        added(e.getValue());
      }
    }
    return ops;
  }

  // "%s" % name: an unnamed constraint is printed as None.
  private static String pyStr(String name) {
    return name == null ? "None" : name;
  }

  private void added(ConstraintSig obj) {
    if (obj.isIndex()) {
      ops.add(new CreateIndexOp((Index) obj.element(), obj.conventional(), metadataTable));
      ctx.info(
          "Detected added index '"
              + pyStr(obj.name())
              + "' on '"
              + PythonRepr.repr(obj.columnNames())
              + "'",
          "obj_added",
          689);
    } else if (!createTable && !dropTable) {
      ops.add(
          new CreateUniqueConstraintOp(
              tname, (UniqueConstraint) obj.element(), obj.conventional()));
      ctx.info(
          "Detected added unique constraint '"
              + pyStr(obj.name())
              + "' on '"
              + PythonRepr.repr(obj.columnNames())
              + "'",
          "obj_added",
          708);
    }
  }

  private void removed(ConstraintSig obj) {
    if (obj.isIndex()) {
      ops.add(new DropIndexOp((Index) obj.element(), obj.conventional(), connTable));
      ctx.info(
          "Detected removed index '" + pyStr(obj.name()) + "' on '" + tname + "'",
          "obj_removed",
          726);
    } else if (!createTable && !dropTable) {
      ops.add(new DropConstraintOp(tname, (UniqueConstraint) obj.element(), obj.conventional()));
      ctx.info(
          "Detected removed unique constraint '" + pyStr(obj.name()) + "' on '" + tname + "'",
          "obj_removed",
          740);
    }
  }

  private void changed(ConstraintSig old, ConstraintSig now, String msg) {
    if (old.isIndex()) {
      ctx.info(
          "Detected changed index '" + pyStr(old.name()) + "' on '" + tname + "':" + msg,
          "obj_changed",
          751);
      ops.add(new DropIndexOp((Index) old.element(), old.conventional(), connTable));
      ops.add(new CreateIndexOp((Index) now.element(), now.conventional(), metadataTable));
    } else {
      ctx.info(
          "Detected changed unique constraint '"
              + pyStr(old.name())
              + "' on '"
              + tname
              + "':"
              + msg,
          "obj_changed",
          763);
      ops.add(new DropConstraintOp(tname, (UniqueConstraint) old.element(), old.conventional()));
      ops.add(
          new CreateUniqueConstraintOp(
              tname, (UniqueConstraint) now.element(), now.conventional()));
    }
  }

  private static List<String> difference(Map<String, ?> a, Map<String, ?> b) {
    return a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
  }

  private static List<ConstraintSig> concat(List<ConstraintSig> a, List<ConstraintSig> b) {
    List<ConstraintSig> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
