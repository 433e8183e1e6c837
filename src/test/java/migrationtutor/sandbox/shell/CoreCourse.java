package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The core course's set-up steps, typed into a shell as a learner would. */
final class CoreCourse {
  private CoreCourse() {}

  static void initAndConfigure(ShellFixture f) throws Exception {
    assertEquals(0, f.run("alembic init alembic").status());
    java.nio.file.Path env = f.root().resolve("alembic/env.py");
    java.nio.file.Path ini = f.root().resolve("alembic.ini");
    java.nio.file.Files.writeString(
        env,
        java.nio.file.Files.readString(env)
            .replace(
                "from alembic import context\n",
                "from alembic import context\n\n"
                    + "from app.core.database import Base\nimport app.models  # noqa: F401\n")
            .replace("target_metadata = None", "target_metadata = Base.metadata"));
    java.nio.file.Files.writeString(
        ini,
        java.nio.file.Files.readString(ini)
            .replace("driver://user:pass@localhost/dbname", "sqlite:///database.db"));
  }

  /** Exercise 5's edit, made by the learner's editor (a stand-in) through {@code edit}. */
  static void editRevision(ShellFixture f) throws Exception {
    f.editor =
        (rev, requested) ->
            java.nio.file.Files.writeString(
                rev,
                java.nio.file.Files.readString(rev)
                    .replace(
                        "def upgrade() -> None:\n    pass\n",
                        "def upgrade() -> None:\n"
                            + "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                            + "        batch_op.add_column(sa.Column('deleted_at',"
                            + " sa.DateTime(timezone=True), nullable=True))\n")
                    .replace(
                        "def downgrade() -> None:\n    pass\n",
                        "def downgrade() -> None:\n"
                            + "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                            + "        batch_op.drop_column('deleted_at')\n"));
    assertEquals(0, f.run("edit alembic/versions/7ef08f4a0da7_add_deleted_at_column.py").status());
  }
}
