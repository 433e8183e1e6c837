package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;

/** A statement's result as the shell steps through it: column names, then one row at a time. */
interface ResultRows {
  byte[][] names();

  /** Steps to the next row; false when the statement is done. */
  boolean next() throws SQLException;

  Cell[] row() throws SQLException;
}
