package migrationtutor.differential;

import static migrationtutor.differential.TodoChain.R2;
import static migrationtutor.differential.TodoChain.handRevision;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What plain and batch operations do on SQLite, online and offline (reference transcripts 10, 11
 * and 15.3). Each test starts from 7ef08f4a0da7 and 754f44a882e4 applied, then adds hand-written
 * revisions on top of 754f44a882e4.
 */
class SqliteBehaviourDifferentialTest {
  private static final String REV = "c0ffee000001";
  private static final String RANGE = R2 + ":head";

  private static DifferentialSession start(Path tmp) {
    return TodoChain.firstTwoApplied(DifferentialSession.of("personal_todo", tmp));
  }

  /** (Re)writes the revision on top of 754f44a882e4 with the given bodies. */
  private static DifferentialSession rev(DifferentialSession s, String upgrade, String downgrade) {
    return handRevision(s, REV, R2, "experiment", upgrade, downgrade);
  }

  private static DifferentialSession rev(DifferentialSession s, String upgrade) {
    return rev(s, upgrade, "    pass\n");
  }

  @Test
  void plainAlterColumnIsGenericSqlThatSqliteRejects(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(s, "    op.alter_column('todos', 'title', nullable=True)\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", "head", "--sql")
        .alembic("upgrade", RANGE, "--sql");
    rev(s, "    op.alter_column('todos', 'title', type_=sa.String(length=100))\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head");
    rev(
            s,
            "    op.alter_column('todos', 'title', existing_type=sa.String(length=255),"
                + " nullable=True)\n")
        .alembic("upgrade", RANGE, "--sql");
    rev(s, "    op.alter_column('todos', 'priority', server_default='0')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head");
    rev(
            s,
            "    op.alter_column('todos', 'priority', server_default=None,"
                + " existing_type=sa.Integer())\n")
        .alembic("upgrade", RANGE, "--sql");
    rev(
            s,
            "    op.alter_column('todos', 'title', new_column_name='name')\n",
            "    op.alter_column('todos', 'name', new_column_name='title')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
    rev(s, "    op.alter_column('todos', 'title', new_column_name='name', nullable=True)\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void plainDropColumnWorks(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    op.drop_column('todos', 'priority')\n",
            "    op.add_column('todos', sa.Column('priority', sa.Integer(), nullable=True))\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("downgrade", REV + ":" + R2, "--sql")
        .alembic("current");
  }

  @Test
  void notNullAddColumn(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    op.add_column('todos', sa.Column('status', sa.String(length=20),"
                + " nullable=False))\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", RANGE, "--sql");
    rev(
            s,
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.add_column(sa.Column('status', sa.String(length=20),"
                + " nullable=False))\n")
        .alembic("upgrade", "head")
        .alembic("current");
    // an empty table takes it
    rev(
            s,
            "    op.add_column('tags', sa.Column('status', sa.String(length=20),"
                + " nullable=False))\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("downgrade", R2);
    rev(
            s,
            "    op.add_column('todos', sa.Column('status', sa.String(length=20),"
                + " server_default='todo', nullable=False))\n",
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.drop_column('status')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  @Test
  void aFailureHalfWayLeavesTheFirstOperationApplied(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    op.add_column('todos', sa.Column('archived', sa.Boolean(), nullable=True))\n"
                + "    op.add_column('todos', sa.Column('status', sa.String(length=20),"
                + " nullable=False))\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", "head")
        .sql("ALTER TABLE todos DROP COLUMN archived")
        .alembic("upgrade", "head");
  }

  @Test
  void batchRebuildsOnline(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('description', existing_type=sa.TEXT(),"
                + " nullable=False)\n",
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('description', existing_type=sa.TEXT(),"
                + " nullable=True)\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", "head")
        .sql("DROP TABLE _alembic_tmp_todos")
        .sql("UPDATE todos SET description = '' WHERE description IS NULL")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
    rev(
            s,
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('title', existing_type=sa.VARCHAR(length=255),"
                + " type_=sa.String(length=100), existing_nullable=False)\n"
                + "        batch_op.alter_column('priority', new_column_name='importance')\n"
                + "        batch_op.drop_column('deleted_at')\n",
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True),"
                + " nullable=True))\n"
                + "        batch_op.alter_column('importance', new_column_name='priority')\n"
                + "        batch_op.alter_column('title', existing_type=sa.String(length=100),"
                + " type_=sa.VARCHAR(length=255), existing_nullable=False)\n")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head");
  }

  @Test
  void batchAddColumnRebuildsOnlyForSqlExpressionDefaults(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.add_column(sa.Column('status', sa.String(length=20),"
                + " server_default='todo', nullable=False))\n",
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.drop_column('status')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1");
    rev(
            s,
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.add_column(sa.Column('updated_at', sa.DateTime(),"
                + " server_default=sa.text(\"'2000-01-01 00:00:00'\"), nullable=True))\n"
                + "        batch_op.add_column(sa.Column('archived', sa.Boolean(),"
                + " server_default=sa.false(), nullable=False))\n",
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.drop_column('archived')\n"
                + "        batch_op.drop_column('updated_at')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1");
    rev(
            s,
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.add_column(sa.Column('touched', sa.DateTime(),"
                + " server_default=sa.func.now(), nullable=True))\n")
        .alembic("upgrade", RANGE, "--sql");
  }

  @Test
  void recreateAlwaysAndNever(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    with op.batch_alter_table('todos', recreate='always') as batch_op:\n"
                + "        batch_op.add_column(sa.Column('archived', sa.Boolean(), nullable=True))\n",
            "    with op.batch_alter_table('todos', recreate='always') as batch_op:\n"
                + "        batch_op.drop_column('archived')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1");
    rev(
            s,
            "    with op.batch_alter_table('todos', recreate='never') as batch_op:\n"
                + "        batch_op.drop_column('priority')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void copyFromMakesOfflineRebuildsPossible(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String table =
        "todos_before = sa.Table(\n"
            + "    'todos', sa.MetaData(),\n"
            + "    sa.Column('id', sa.Integer(), nullable=False),\n"
            + "    sa.Column('title', sa.VARCHAR(length=255), nullable=False),\n"
            + "    sa.Column('description', sa.TEXT(), nullable=True),\n"
            + "    sa.Column('is_completed', sa.Boolean(), nullable=False),\n"
            + "    sa.Column('created_at', sa.DateTime(), nullable=False),\n"
            + "    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),\n"
            + "    sa.Column('priority', sa.Integer(), nullable=True),\n"
            + "    sa.PrimaryKeyConstraint('id'),\n"
            + ")\n\n";
    rev(
            s,
            "    with op.batch_alter_table('todos', copy_from=todos_before) as batch_op:\n"
                + "        batch_op.alter_column('title', type_=sa.String(length=100))\n"
                + "        batch_op.alter_column('description', nullable=False)\n",
            "    with op.batch_alter_table('todos', copy_from=todos_before) as batch_op:\n"
                + "        batch_op.drop_column('priority')\n")
        .edit(
            "alembic/versions/" + REV + "_experiment.py",
            "depends_on = None\n",
            "depends_on = None\n\n" + table)
        .alembic("upgrade", RANGE, "--sql")
        .alembic("downgrade", REV + ":" + R2, "--sql")
        .alembic("upgrade", "head", "--sql");
  }

  @Test
  void constraintOperationsNeedBatchMode(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    for (String op :
        new String[] {
          "op.create_unique_constraint('uq_todos_title', 'todos', ['title'])",
          "op.create_foreign_key('fk_todos_tag', 'todos', 'tags', ['priority'], ['id'])",
          "op.drop_constraint('uq_todos_title', 'todos', type_='unique')",
          "op.create_check_constraint('ck_priority', 'todos', 'priority >= 0')",
          "op.create_primary_key('pk_tags', 'tags', ['id'])"
        }) {
      rev(s, "    " + op + "\n")
          .alembic("upgrade", RANGE, "--sql")
          .alembic("upgrade", "head")
          .alembic("current");
    }
    rev(
            s,
            "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.create_unique_constraint('uq_tags_color', ['color'])\n"
                + "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.create_foreign_key('fk_todos_tag', 'tags', ['priority'], ['id'])\n",
            "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
                + "        batch_op.drop_constraint('fk_todos_tag', type_='foreignkey')\n"
                + "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.drop_constraint('uq_tags_color', type_='unique')\n")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  /** Rebuilds keep UNIQUE, FOREIGN KEY and indexes (11.7), in an order that varies. */
  @Test
  void rebuildsOfTablesWithConstraintsAndIndexes(@TempDir Path tmp) {
    DifferentialSession s = start(tmp).constraintOrderVaries();
    rev(
            s,
            "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('name', existing_type=sa.VARCHAR(length=50),"
                + " type_=sa.String(length=80), existing_nullable=False)\n"
                + "    with op.batch_alter_table('todo_idempotency_keys', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('key', existing_type=sa.VARCHAR(length=255),"
                + " type_=sa.String(length=128), existing_nullable=False)\n",
            "    with op.batch_alter_table('todo_idempotency_keys', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('key', existing_type=sa.String(length=128),"
                + " type_=sa.VARCHAR(length=255), existing_nullable=False)\n"
                + "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.alter_column('name', existing_type=sa.String(length=80),"
                + " type_=sa.VARCHAR(length=50), existing_nullable=False)\n")
        .sql(
            "INSERT INTO tags (id, name, color, created_at) VALUES"
                + " (1, 'home', '#00ff00', '2024-01-01 00:00:00.000000')")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  private static final String ALL_TYPES =
      "    op.create_table('type_demo',\n"
          + "    sa.Column('id', sa.Integer(), nullable=False),\n"
          + "    sa.Column('c_integer', sa.Integer(), nullable=True),\n"
          + "    sa.Column('c_biginteger', sa.BigInteger(), nullable=True),\n"
          + "    sa.Column('c_smallinteger', sa.SmallInteger(), nullable=True),\n"
          + "    sa.Column('c_string255', sa.String(length=255), nullable=False),\n"
          + "    sa.Column('c_string', sa.String(), nullable=True),\n"
          + "    sa.Column('c_text', sa.Text(), nullable=True),\n"
          + "    sa.Column('c_unicode', sa.Unicode(length=50), nullable=True),\n"
          + "    sa.Column('c_unicodetext', sa.UnicodeText(), nullable=True),\n"
          + "    sa.Column('c_boolean', sa.Boolean(), nullable=False),\n"
          + "    sa.Column('c_boolean_ck', sa.Boolean(create_constraint=True), nullable=True),\n"
          + "    sa.Column('c_datetime', sa.DateTime(), nullable=True),\n"
          + "    sa.Column('c_datetime_tz', sa.DateTime(timezone=True), nullable=True),\n"
          + "    sa.Column('c_date', sa.Date(), nullable=True),\n"
          + "    sa.Column('c_time', sa.Time(), nullable=True),\n"
          + "    sa.Column('c_interval', sa.Interval(), nullable=True),\n"
          + "    sa.Column('c_float', sa.Float(), nullable=True),\n"
          + "    sa.Column('c_numeric', sa.Numeric(), nullable=True),\n"
          + "    sa.Column('c_numeric_10_2', sa.Numeric(precision=10, scale=2), nullable=True),\n"
          + "    sa.Column('c_json', sa.JSON(), nullable=True),\n"
          + "    sa.Column('c_enum', sa.Enum('low', 'medium', 'high'), nullable=True),\n"
          + "    sa.Column('c_enum_ck', sa.Enum('low', 'medium', 'high', name='priority_level',"
          + " create_constraint=True), nullable=True),\n"
          + "    sa.Column('c_largebinary', sa.LargeBinary(), nullable=True),\n"
          + "    sa.Column('c_default_ts', sa.DateTime(),"
          + " server_default=sa.text('CURRENT_TIMESTAMP'), nullable=True),\n"
          + "    sa.Column('c_default_now', sa.DateTime(), server_default=sa.func.now(),"
          + " nullable=True),\n"
          + "    sa.Column('c_default_str', sa.String(length=20), server_default='todo',"
          + " nullable=False),\n"
          + "    sa.Column('c_default_false', sa.Boolean(), server_default=sa.false(),"
          + " nullable=False),\n"
          + "    sa.Column('c_default_int', sa.Integer(), server_default='0', nullable=True),\n"
          + "    sa.Column('c_unique', sa.String(length=100), nullable=True),\n"
          + "    sa.Column('c_indexed', sa.String(length=100), nullable=True),\n"
          + "    sa.CheckConstraint('c_integer >= 0', name='ck_type_demo_c_integer_positive'),\n"
          + "    sa.PrimaryKeyConstraint('id'),\n"
          + "    sa.UniqueConstraint('c_unique')\n"
          + "    )\n"
          + "    op.create_index('ix_type_demo_c_indexed', 'type_demo', ['c_indexed'],"
          + " unique=False)\n"
          + "    op.create_table('child',\n"
          + "    sa.Column('id', sa.Integer(), nullable=False),\n"
          + "    sa.Column('parent_id', sa.Integer(), nullable=False),\n"
          + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
          + "    sa.ForeignKeyConstraint(['parent_id'], ['type_demo.id'], ondelete='CASCADE'),\n"
          + "    sa.PrimaryKeyConstraint('id'),\n"
          + "    sa.UniqueConstraint('parent_id', 'name', name='uq_child_parent_name')\n"
          + "    )\n";

  @Test
  void createTableWithEveryCommonTypeAndConstraint(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            ALL_TYPES,
            "    op.drop_table('child')\n"
                + "    op.drop_index('ix_type_demo_c_indexed', table_name='type_demo')\n"
                + "    op.drop_table('type_demo')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .sql("INSERT INTO type_demo (id, c_string255, c_boolean) VALUES (1, 'x', 1)")
        .alembic("downgrade", REV + ":" + R2, "--sql")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  @Test
  void otherPlainOperationsOnlineAndOffline(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    op.create_index('ix_todos_title', 'todos', ['title'])\n"
                + "    op.create_index('ix_todos_done_prio', 'todos', ['is_completed', 'priority'],"
                + " unique=True)\n"
                + "    op.drop_index('ix_tags_color', table_name='tags')\n"
                + "    op.rename_table('tags', 'labels')\n"
                + "    op.execute(\"UPDATE todos SET priority = 0 WHERE priority IS NULL\")\n"
                + "    op.bulk_insert(sa.table('labels', sa.column('id', sa.Integer),"
                + " sa.column('name', sa.String), sa.column('created_at', sa.String)),"
                + " [{'id': 1, 'name': 'home', 'created_at': '2024-01-01'},"
                + " {'id': 2, 'name': \"o'clock\", 'created_at': '2024-01-02'}])\n"
                + "    op.execute(sa.text(\"DELETE FROM labels WHERE name = 'home'\"))\n",
            "    op.rename_table('labels', 'tags')\n"
                + "    op.create_index('ix_tags_color', 'tags', ['color'], unique=False)\n"
                + "    op.drop_index('ix_todos_done_prio', table_name='todos')\n"
                + "    op.drop_index('ix_todos_title', table_name='todos')\n"
                + "    op.drop_table('todo_idempotency_keys')\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", REV + ":" + R2, "--sql")
        .alembic("downgrade", "-1")
        .alembic("current");
  }
}
