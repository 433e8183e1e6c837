package migrationtutor.differential;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ten exercises of the core course, command by command, on real Alembic and on the engine. */
class CoreCourseDifferentialTest {
  private static final String BATCH_ADD =
      "def upgrade() -> None:\n"
          + "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
          + "        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True),"
          + " nullable=True))\n";
  private static final String BATCH_DROP =
      "def downgrade() -> None:\n"
          + "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
          + "        batch_op.drop_column('deleted_at')\n";

  @Test
  void tenExercises(@TempDir Path tmp) {
    DifferentialSession s = DifferentialSession.of("personal_todo", tmp);
    s.alembic("init", "alembic")
        .alembic("current")
        .configureForPersonalTodo()
        .alembic("current")
        .alembic("history")
        .alembic("heads")
        .alembic("revision", "-m", "add_deleted_at_column", "--rev-id", "7ef08f4a0da7")
        .alembic("history")
        .edit(
            "alembic/versions/7ef08f4a0da7_add_deleted_at_column.py",
            "def upgrade() -> None:\n    pass\n",
            BATCH_ADD)
        .edit(
            "alembic/versions/7ef08f4a0da7_add_deleted_at_column.py",
            "def downgrade() -> None:\n    pass\n",
            BATCH_DROP)
        .alembic("upgrade", "head", "--sql")
        .alembic("upgrade", "base:head", "--sql")
        .alembic("downgrade", "-1", "--sql")
        .alembic("downgrade", "head:base", "--sql")
        .alembic("upgrade", "head")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("current", "--verbose")
        .alembic("history")
        .alembic("history", "--verbose")
        .alembic("history", "-i")
        .alembic("history", "-r", "current:")
        .alembic("history", "-r", "base:head")
        .alembic("heads", "--verbose")
        .alembic("branches")
        .alembic("show", "head")
        .alembic("show", "current")
        .alembic("show", "7ef")
        .alembic("show", "base")
        .alembic("downgrade", "-1")
        .alembic("current", "-v")
        .alembic("history", "-i")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head")
        .alembic("current");
  }
}
