package migrationtutor.course.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one line a check quotes from a failed alembic run. */
class AlembicRunnerTest {
  @Test
  void theFailedLine() {
    assertEquals(
        "Multiple head revisions are present for given argument 'head'; please specify a specific"
            + " target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for"
            + " all heads",
        new AlembicRunner.Outcome(
                255,
                "FAILED: Multiple head revisions are present for given argument 'head'; please"
                    + " specify a specific target revision, '<branchname>@head' to narrow to a"
                    + " specific head, or 'heads' for all heads\n")
            .error());
  }

  @Test
  void theExceptionBeforeAMultiLineStatement() {
    String traceback =
        "INFO  [alembic.runtime.migration] Running upgrade abc -> def, make priority required\n"
            + "Traceback (most recent call last):\n"
            + "  File \"/w/alembic/versions/def_make.py\", line 20, in upgrade\n"
            + "    batch_op.alter_column('priority', nullable=False)\n"
            + "sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) NOT NULL constraint failed:"
            + " _alembic_tmp_todos.priority\n"
            + "[SQL: INSERT INTO _alembic_tmp_todos (id, priority) SELECT todos.id, todos.priority"
            + " \n"
            + "FROM todos]\n"
            + "(Background on this error at: https://sqlalche.me/e/14/gkpj)\n";
    assertEquals(
        "sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) NOT NULL constraint failed:"
            + " _alembic_tmp_todos.priority",
        new AlembicRunner.Outcome(1, traceback).error());
  }

  @Test
  void aTracebackWithoutStatement() {
    assertEquals(
        "KeyError: 'deleted_at'",
        new AlembicRunner.Outcome(
                1,
                "Traceback (most recent call last):\n  File \"x.py\", line 3, in downgrade\n"
                    + "KeyError: 'deleted_at'\n")
            .error());
  }
}
