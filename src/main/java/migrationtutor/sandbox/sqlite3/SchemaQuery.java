package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import java.util.List;

/**
 * The query behind {@code .schema}, as shell.c builds it: every schema's sqlite_schema in order,
 * filtered by LIKE (or GLOB when the pattern has wildcards) on the lower-cased table name, plus the
 * commented fake schemas of the 3.40 shell's table-valued functions when a pattern is given; and
 * shell.c shellAddSchemaName(), which names the schema of non-main objects and lists a view's
 * columns.
 */
final class SchemaQuery {
  /** shell_module_schema() of each eponymous module of the 3.40 shell (pragma_module_list). */
  private static final String[][] MODULES = {
    {"completion", "/* completion(candidate) */"},
    {
      "dbstat",
      "/* dbstat(name,path,pageno,pagetype,ncell,payload,unused,mx_payload,pgoffset," + "pgsize) */"
    },
    {"fsdir", "/* fsdir(name,mode,mtime,data) */"},
    {"fts3tokenize", "/* fts3tokenize(input,token,start,\"end\",position) */"},
    {"generate_series", "/* generate_series(value) */"},
    {"json_each", "/* json_each(\"key\",value,type,atom,id,parent,fullkey,path) */"},
    {"json_tree", "/* json_tree(\"key\",value,type,atom,id,parent,fullkey,path) */"},
    {"pragma_database_list", "/* pragma_database_list(seq,name,file) */"},
    {"pragma_module_list", "/* pragma_module_list(name) */"},
    {"sqlite_dbdata", "/* sqlite_dbdata(pgno,cell,field,value) */"},
    {"sqlite_dbptr", "/* sqlite_dbptr(pgno,child) */"},
    {"sqlite_stmt", "/* sqlite_stmt(sql,ncol,ro,busy,nscan,nsort,naidx,nstep,reprep,run,mem) */"},
    {"zipfile", "/* zipfile(name,mode,mtime,sz,rawdata,data,method) */"},
  };

  private static final String[] PREFIXES = {
    "TABLE", "INDEX", "UNIQUE INDEX", "VIEW", "TRIGGER", "VIRTUAL TABLE"
  };

  private SchemaQuery() {}

  /** SELECT sql, schema name, object name, in the order .schema prints them. */
  static String build(List<String> schemas, String pattern, boolean noSys) {
    StringBuilder s = new StringBuilder("SELECT sql, sname, name FROM (");
    int n = 0;
    for (String db : schemas) {
      if (n > 0) {
        s.append(" UNION ALL ");
      }
      n++;
      s.append("SELECT sql, type, tbl_name, name, rowid, ")
          .append(n)
          .append(" AS snum, ")
          .append(Identifiers.singleQuote(db))
          .append(" AS sname FROM ")
          .append(Identifiers.needsQuote(db) ? Identifiers.doubleQuote(db) : db)
          .append(".sqlite_schema");
    }
    if (pattern != null) {
      s.append(
          " UNION ALL SELECT column2, 'table', column1, column1, column1, 9e+99, 'main'"
              + " FROM (VALUES ");
      for (int i = 0; i < MODULES.length; i++) {
        s.append(i > 0 ? "," : "")
            .append('(')
            .append(Identifiers.singleQuote(MODULES[i][0]))
            .append(',')
            .append(Identifiers.singleQuote(MODULES[i][1]))
            .append(')');
      }
      s.append(')');
    }
    s.append(") WHERE ");
    if (pattern != null) {
      boolean glob =
          pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0;
      s.append(
          pattern.indexOf('.') >= 0 ? "lower(printf('%s.%s',sname,tbl_name))" : "lower(tbl_name)");
      s.append(glob ? " GLOB " : " LIKE ").append(Identifiers.singleQuote(pattern));
      if (!glob) {
        s.append(" ESCAPE '\\' ");
      }
      s.append(" AND ");
    }
    if (noSys) {
      s.append("name NOT LIKE 'sqlite_%' AND ");
    }
    s.append("sql IS NOT NULL ORDER BY snum, rowid");
    return s.toString();
  }

  /** shell.c shellAddSchemaName(). */
  static byte[] addSchema(Database db, byte[] sql, byte[] schemaName, byte[] name) {
    if (sql == null) {
      return null;
    }
    String in = Bytes.str(sql);
    String schema = schemaName == null ? null : Bytes.str(schemaName);
    if (schema != null && schema.equalsIgnoreCase("main")) {
      schema = null;
    }
    if (!in.startsWith("CREATE ")) {
      return sql;
    }
    for (String prefix : PREFIXES) {
      int n = prefix.length();
      if (!in.startsWith(prefix, 7) || in.length() <= n + 7 || in.charAt(n + 7) != ' ') {
        continue;
      }
      String z = null;
      if (schema != null) {
        boolean quote = Identifiers.needsQuote(schema) && !schema.equalsIgnoreCase("temp");
        z =
            in.substring(0, n + 7)
                + " "
                + (quote ? Identifiers.doubleQuote(schema) : schema)
                + "."
                + in.substring(n + 8);
      }
      String fake = null;
      if (name != null && prefix.charAt(0) == 'V') {
        fake = fakeSchema(db, schema, Bytes.str(name));
      }
      if (fake != null) {
        z = (z == null ? in : z) + "\n/* " + fake + " */";
      }
      if (z != null) {
        return Bytes.utf8(z);
      }
    }
    return sql;
  }

  /** shell.c shellFakeSchema(): "name(col,...)" from PRAGMA table_info, or null. */
  private static String fakeSchema(Database db, String schema, String name) {
    List<Cell[]> cols;
    try {
      cols =
          db.query(
              "PRAGMA "
                  + Identifiers.doubleQuote(schema == null ? "main" : schema)
                  + ".table_info="
                  + Identifiers.singleQuote(name)
                  + ";");
    } catch (SQLException e) {
      return null;
    }
    if (cols.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    if (schema != null) {
      boolean quote = Identifiers.needsQuote(schema) && !schema.equalsIgnoreCase("temp");
      s.append(quote ? Identifiers.doubleQuote(schema) : schema).append('.');
    }
    s.append(Identifiers.quoteIfNeeded(name));
    String div = "(";
    for (Cell[] c : cols) {
      byte[] col = c[1].text();
      s.append(div).append(Identifiers.quoteIfNeeded(col == null ? "" : Bytes.str(col)));
      div = ",";
    }
    return s.append(')').toString();
  }
}
