package migrationtutor.differential;

/**
 * Builds the personal_todo project's revision chain, written for these tests, in both copies of a
 * {@link DifferentialSession}, comparing every command on the way:
 *
 * <pre>
 * base -> 7ef08f4a0da7 (batch add_column deleted_at)
 *      -> 754f44a882e4 (create_table tags + index, plain add_column priority)
 *      -> f2d03369f514 (batch alter_column title/description: a table rebuild)
 *      -> {78225fe84e20 (batch add_column due_date), a808b2f70386 (create_index)}
 *      -> f5b23b650d77 (merge)
 * </pre>
 *
 * Ids are fixed with {@code --rev-id} so file names, and so directory order, are the same on both
 * sides.
 */
final class TodoChain {
  static final String R1 = "7ef08f4a0da7";
  static final String R2 = "754f44a882e4";
  static final String R3 = "f2d03369f514";
  static final String DUE = "78225fe84e20";
  static final String IDX = "a808b2f70386";
  static final String MERGE = "f5b23b650d77";

  static final String F1 = "alembic/versions/" + R1 + "_add_deleted_at_column.py";
  static final String F2 = "alembic/versions/" + R2 + "_add_priority_and_tags.py";
  static final String F3 = "alembic/versions/" + R3 + "_shrink_title_require_description.py";
  static final String FDUE = "alembic/versions/" + DUE + "_add_due_date.py";
  static final String FIDX = "alembic/versions/" + IDX + "_index_is_completed.py";
  static final String FMERGE = "alembic/versions/" + MERGE + "_merge.py";

  private static final String EMPTY_UP = "def upgrade() -> None:\n    pass\n";
  private static final String EMPTY_DOWN = "def downgrade() -> None:\n    pass\n";

  private TodoChain() {}

  /** Replaces the generated {@code pass} bodies of a revision file in both projects. */
  static DifferentialSession bodies(
      DifferentialSession s, String file, String upgrade, String downgrade) {
    return s.edit(file, EMPTY_UP, "def upgrade() -> None:\n" + upgrade)
        .edit(file, EMPTY_DOWN, "def downgrade() -> None:\n" + downgrade);
  }

  /**
   * Writes a hand-made revision file {@code versions/<id>_<slug>.py} in both projects (no {@code
   * alembic revision} run), shaped as script.py.mako renders one.
   *
   * @param down the down revision id, or null for a first revision
   */
  static DifferentialSession handRevision(
      DifferentialSession s,
      String id,
      String down,
      String slug,
      String upgrade,
      String downgrade) {
    return s.write(
        "alembic/versions/" + id + "_" + slug + ".py",
        "\"\"\""
            + slug
            + "\n\n"
            + "Revision ID: "
            + id
            + "\nRevises: "
            + (down == null ? "" : down)
            + "\n"
            + "Create Date: 2026-11-22 08:50:00.000000\n\n\"\"\"\n"
            + "from alembic import op\nimport sqlalchemy as sa\n\n\n"
            + "# revision identifiers, used by Alembic.\n"
            + "revision = '"
            + id
            + "'\n"
            + "down_revision = "
            + (down == null ? "None" : "'" + down + "'")
            + "\n"
            + "branch_labels = None\ndepends_on = None\n\n\n"
            + "def upgrade() -> None:\n"
            + upgrade
            + "\n\n"
            + "def downgrade() -> None:\n"
            + downgrade);
  }

  /** init, the course's configuration edits, and no revisions yet. */
  static DifferentialSession initialized(DifferentialSession s) {
    return s.alembic("init", "alembic").configureForPersonalTodo();
  }

  /** The linear part: 7ef08f4a0da7, 754f44a882e4, f2d03369f514 (files only, database untouched). */
  static DifferentialSession linear(DifferentialSession s) {
    firstTwo(s);
    return third(s);
  }

  /** 7ef08f4a0da7 and 754f44a882e4 applied online: todos has deleted_at and priority, and tags. */
  static DifferentialSession firstTwoApplied(DifferentialSession s) {
    return firstTwo(s).alembic("upgrade", "head");
  }

  /** 7ef08f4a0da7 and 754f44a882e4 (files only). */
  private static DifferentialSession firstTwo(DifferentialSession s) {
    initialized(s);
    s.alembic("revision", "-m", "add_deleted_at_column", "--rev-id", R1);
    bodies(
        s,
        F1,
        "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
            + "        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True),"
            + " nullable=True))\n",
        "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
            + "        batch_op.drop_column('deleted_at')\n");
    s.alembic("revision", "-m", "add priority and tags", "--rev-id", R2);
    bodies(
        s,
        F2,
        "    op.create_table('tags',\n"
            + "    sa.Column('id', sa.Integer(), nullable=False),\n"
            + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
            + "    sa.Column('color', sa.String(length=7), nullable=True),\n"
            + "    sa.Column('created_at', sa.DateTime(), nullable=False),\n"
            + "    sa.PrimaryKeyConstraint('id'),\n"
            + "    sa.UniqueConstraint('name')\n"
            + "    )\n"
            + "    op.create_index(op.f('ix_tags_color'), 'tags', ['color'], unique=False)\n"
            + "    op.add_column('todos', sa.Column('priority', sa.Integer(), nullable=True))\n",
        "    op.drop_column('todos', 'priority')\n"
            + "    op.drop_index(op.f('ix_tags_color'), table_name='tags')\n"
            + "    op.drop_table('tags')\n");
    return s;
  }

  private static DifferentialSession third(DifferentialSession s) {
    s.alembic("revision", "-m", "shrink title require description", "--rev-id", R3);
    bodies(
        s,
        F3,
        "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
            + "        batch_op.alter_column('title',\n"
            + "               existing_type=sa.VARCHAR(length=255),\n"
            + "               type_=sa.String(length=100),\n"
            + "               existing_nullable=False)\n"
            + "        batch_op.alter_column('description',\n"
            + "               existing_type=sa.TEXT(),\n"
            + "               nullable=False)\n",
        "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
            + "        batch_op.alter_column('description',\n"
            + "               existing_type=sa.TEXT(),\n"
            + "               nullable=True)\n"
            + "        batch_op.alter_column('title',\n"
            + "               existing_type=sa.String(length=100),\n"
            + "               type_=sa.VARCHAR(length=255),\n"
            + "               existing_nullable=False)\n");
    return s;
  }

  /** The linear part applied online (the NULL description given a value first). */
  static DifferentialSession linearApplied(DifferentialSession s) {
    linear(s);
    return s.sql("UPDATE todos SET description = '' WHERE description IS NULL")
        .alembic("upgrade", "head");
  }

  /** Adds the two branches on f2d03369f514 (files only). */
  static DifferentialSession branches(DifferentialSession s) {
    s.alembic("revision", "-m", "add due_date", "--rev-id", DUE);
    bodies(
        s,
        FDUE,
        "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
            + "        batch_op.add_column(sa.Column('due_date', sa.Date(), nullable=True))\n",
        "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
            + "        batch_op.drop_column('due_date')\n");
    s.alembic("revision", "-m", "index is_completed", "--head", R3, "--splice", "--rev-id", IDX);
    return bodies(
        s,
        FIDX,
        "    op.create_index('ix_todos_is_completed', 'todos', ['is_completed'], unique=False)\n",
        "    op.drop_index('ix_todos_is_completed', table_name='todos')\n");
  }

  /** The whole chain, merged, with the database at the merge. */
  static DifferentialSession mergedAtHead(DifferentialSession s) {
    linearApplied(s);
    branches(s);
    return s.alembic("merge", "-m", "merge", "heads", "--rev-id", MERGE).alembic("upgrade", "head");
  }
}
