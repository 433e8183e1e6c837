package migrationtutor.engine.reflect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy 1.4's SQLite {@code get_foreign_keys}: the keys from {@code PRAGMA foreign_key_list},
 * matched by signature to the {@code FOREIGN KEY} clauses of the table's SQL for their names and
 * options. Matched keys come first in SQL order, then the unmatched ones (inline {@code
 * REFERENCES}) in PRAGMA order, without options.
 */
final class ForeignKeyReflection {
  private ForeignKeyReflection() {}

  private static final class Key {
    final List<String> constrained = new ArrayList<>();
    final String referredTable;
    final List<String> referred;

    Key(String referredTable, List<String> referred) {
      this.referredTable = referredTable;
      this.referred = referred;
    }

    List<String> signature() {
      List<String> sig = new ArrayList<>(constrained);
      sig.add(referredTable);
      sig.addAll(referred);
      return sig;
    }
  }

  static List<ReflectedForeignKey> read(Inspector inspector, String tableName) {
    Map<Integer, Key> byId = new LinkedHashMap<>();
    for (List<Object> row : inspector.pragma("foreign_key_list", tableName)) {
      int id = ((Number) row.get(0)).intValue();
      String rtbl = (String) row.get(2);
      String lcol = (String) row.get(3);
      String rcol = (String) row.get(4);
      Key key = byId.get(id);
      if (key == null) {
        List<String> referred =
            rcol == null || rcol.isEmpty()
                ? new ArrayList<>(inspector.getPkConstraint(rtbl).constrainedColumns())
                : new ArrayList<>();
        key = new Key(rtbl, referred);
        byId.put(id, key);
      }
      key.constrained.add(lcol);
      if (rcol != null && !rcol.isEmpty()) {
        key.referred.add(rcol);
      }
    }
    Map<List<String>, Key> bySignature = new LinkedHashMap<>();
    for (Key k : byId.values()) {
      bySignature.put(k.signature(), k);
    }
    String sql = inspector.tableSql(tableName);
    if (sql == null) {
      return List.of();
    }
    List<ReflectedForeignKey> out = new ArrayList<>();
    for (TableSql.ParsedForeignKey p : TableSql.foreignKeys(sql)) {
      List<String> sig = new ArrayList<>(p.constrainedColumns());
      sig.add(p.referredTable());
      sig.addAll(p.referredColumns());
      Key k = bySignature.remove(sig);
      if (k == null) {
        inspector.warn(
            "WARNING: SQL-parsed foreign key constraint '"
                + signatureRepr(sig)
                + "' could not be located in PRAGMA foreign_keys for table "
                + tableName);
        continue;
      }
      out.add(
          new ReflectedForeignKey(
              p.name(),
              k.constrained,
              k.referredTable,
              k.referred,
              p.ondelete(),
              p.onupdate(),
              p.deferrable(),
              p.initially()));
    }
    for (Key k : bySignature.values()) {
      out.add(
          new ReflectedForeignKey(
              null, k.constrained, k.referredTable, k.referred, null, null, null, null));
    }
    return out;
  }

  // '%s' % (tuple,) of strings: ('a', 'b')
  private static String signatureRepr(List<String> sig) {
    List<String> parts = sig.stream().map(s -> "'" + s + "'").toList();
    return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
  }
}
