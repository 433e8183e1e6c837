package migrationtutor.course.check;

import java.util.List;

/**
 * The rows of a table, for comparing what a command kept.
 *
 * @param columns the column names in table order
 * @param rows the values, one list per row, in rowid order
 * @param key the primary key columns (rows are matched by them), or empty
 */
record RowSet(List<String> columns, List<List<Object>> rows, List<String> key) {}
