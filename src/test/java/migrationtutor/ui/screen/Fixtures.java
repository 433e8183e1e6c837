package migrationtutor.ui.screen;

/** Texts the screen tests open. */
final class Fixtures {
  private Fixtures() {}

  /** A migration as {@code alembic revision} writes it, with a fixed revision id. */
  static final String MIGRATION =
      "\"\"\"add due date\n"
          + "\n"
          + "Revision ID: 0001\n"
          + "Revises: \n"
          + "Create Date: 2024-05-01 12:00:00.000000\n"
          + "\n"
          + "\"\"\"\n"
          + "from alembic import op\n"
          + "import sqlalchemy as sa\n"
          + "\n"
          + "\n"
          + "# revision identifiers, used by Alembic.\n"
          + "revision = '0001'\n"
          + "down_revision = None\n"
          + "branch_labels = None\n"
          + "depends_on = None\n"
          + "\n"
          + "\n"
          + "def upgrade() -> None:\n"
          + "    pass\n"
          + "\n"
          + "\n"
          + "def downgrade() -> None:\n"
          + "    pass\n";
}
