package migrationtutor.differential;

import static migrationtutor.differential.TodoChain.R2;
import static migrationtutor.differential.TodoChain.handRevision;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch rebuilds of tables that Alembic did not write (reflection of every kind of constraint and
 * index from hand-written SQL), and the {@code batch_alter_table} options the tutorials mention:
 * {@code reflect_args}, {@code table_args}, {@code table_kwargs}, {@code partial_reordering},
 * {@code naming_convention}, plus {@code create_primary_key} and the errors these can raise. Each
 * test starts from 7ef08f4a0da7 and 754f44a882e4 applied and adds a revision on top.
 */
class BatchOptionsDifferentialTest {
  private static final String REV = "ba7c00000001";

  /** A table written by hand: named and unnamed UNIQUE/CHECK, foreign keys with actions. */
  private static final String ITEMS_SQL =
      "CREATE TABLE owners (id INTEGER PRIMARY KEY, name VARCHAR(20) UNIQUE);\n"
          + "CREATE TABLE items (\n"
          + "  id INTEGER NOT NULL,\n"
          + "  code VARCHAR(10) NOT NULL DEFAULT 'x',\n"
          + "  qty INTEGER DEFAULT 0 CHECK (qty >= 0),\n"
          + "  price NUMERIC(10,2) DEFAULT 1.5,\n"
          + "  owner_id INTEGER REFERENCES owners(id) ON DELETE CASCADE,\n"
          + "  other_id INTEGER,\n"
          + "  created TIMESTAMP DEFAULT CURRENT_TIMESTAMP,\n"
          + "  flag BOOLEAN,\n"
          + "  PRIMARY KEY (id),\n"
          + "  CONSTRAINT uq_code UNIQUE (code, qty),\n"
          + "  UNIQUE (price),\n"
          + "  CONSTRAINT ck_price CHECK (price > 0),\n"
          + "  CONSTRAINT fk_other FOREIGN KEY (other_id) REFERENCES owners (id)"
          + " ON UPDATE SET NULL ON DELETE RESTRICT\n"
          + ");\n"
          + "CREATE INDEX ix_items_code ON items (code);\n"
          + "CREATE UNIQUE INDEX ix_items_multi ON items (code, owner_id);\n"
          + "CREATE INDEX ix_items_partial ON items (qty) WHERE qty > 5;\n"
          + "INSERT INTO owners VALUES (1, 'a'), (2, 'b');\n"
          + "INSERT INTO items (id, code, qty, price, owner_id, other_id, created, flag) VALUES"
          + " (1, 'c1', 1, 2.5, 1, 2, '2024-01-01 00:00:00', 1),"
          + " (2, 'c2', 7, 3, 2, NULL, '2024-01-02 00:00:00', 0);\n";

  private static DifferentialSession start(Path tmp) {
    return TodoChain.firstTwoApplied(DifferentialSession.of("personal_todo", tmp));
  }

  private static DifferentialSession rev(DifferentialSession s, String upgrade, String downgrade) {
    return handRevision(s, REV, R2, "batch", upgrade, downgrade);
  }

  @Test
  void rebuildKeepsEverythingReflectedFromHandWrittenSql(@TempDir Path tmp) {
    DifferentialSession s = start(tmp).constraintOrderVaries().sql(ITEMS_SQL);
    rev(
            s,
            "    with op.batch_alter_table('items') as batch_op:\n"
                + "        batch_op.alter_column('qty', existing_type=sa.Integer(), nullable=False)\n"
                + "        batch_op.add_column(sa.Column('note', sa.Text()))\n",
            "    with op.batch_alter_table('items') as batch_op:\n"
                + "        batch_op.drop_column('note')\n"
                + "        batch_op.alter_column('qty', existing_type=sa.Integer(), nullable=True)\n")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .sql("UPDATE items SET qty = NULL WHERE id = 2")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void reflectArgsOverrideReflectedColumns(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    with op.batch_alter_table('todos', reflect_args=["
                + "sa.Column('is_completed', sa.Integer()),"
                + " sa.Column('title', sa.String(300), unique=True),"
                + " sa.CheckConstraint('priority > 0', name='ck_prio')]) as batch_op:\n"
                + "        batch_op.alter_column('description', existing_type=sa.TEXT(),"
                + " server_default='')\n",
            "    with op.batch_alter_table('todos', reflect_args=["
                + "sa.Column('id', sa.Integer())]) as batch_op:\n"
                + "        batch_op.drop_constraint('ck_prio', type_='check')\n")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  @Test
  void tableArgsKwargsAndPartialReordering(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    with op.batch_alter_table('todos', partial_reordering=[('priority', 'title',"
                + " 'id')]) as batch_op:\n"
                + "        batch_op.add_column(sa.Column('position', sa.Integer()))\n"
                + "        batch_op.alter_column('priority', new_column_name='rank')\n"
                + "    with op.batch_alter_table('tags', recreate='always',"
                + " table_kwargs={'sqlite_autoincrement': True},"
                + " table_args=(sa.CheckConstraint(\"color LIKE '#%'\", name='ck_color'),))"
                + " as batch_op:\n"
                + "        pass\n",
            "    with op.batch_alter_table('tags', recreate='always') as batch_op:\n"
                + "        batch_op.drop_constraint('ck_color', type_='check')\n"
                + "    with op.batch_alter_table('todos') as batch_op:\n"
                + "        batch_op.alter_column('rank', new_column_name='priority')\n"
                + "        batch_op.drop_column('position')\n")
        .sql(
            "INSERT INTO tags (id, name, color, created_at) VALUES"
                + " (1, 'home', '#00ff00', '2024-01-01 00:00:00.000000')")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  @Test
  void namingConventionNamesReflectedConstraintsAndPrimaryKeys(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String convention =
        "naming_convention={'fk': 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',"
            + " 'uq': 'uq_%(table_name)s_%(column_0_name)s'}";
    rev(
            s,
            "    op.create_table('kv', sa.Column('k', sa.String(10), nullable=False),"
                + " sa.Column('v', sa.Integer(), sa.ForeignKey('todos.id')))\n"
                + "    op.execute(\"INSERT INTO kv VALUES ('a', 1)\")\n"
                + "    with op.batch_alter_table('kv', "
                + convention
                + ") as batch_op:\n"
                + "        batch_op.create_primary_key('pk_kv', ['k'])\n"
                + "        batch_op.drop_constraint('fk_kv_v_todos', type_='foreignkey')\n"
                + "        batch_op.create_unique_constraint(None, ['v'])\n",
            "    with op.batch_alter_table('kv', "
                + convention
                + ") as batch_op:\n"
                + "        batch_op.drop_constraint('uq_kv_v', type_='unique')\n"
                + "    op.drop_table('kv')\n")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  @Test
  void reflectArgsCannotDemoteThePrimaryKey(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    with op.batch_alter_table('tags', reflect_args=[sa.Column('id', sa.Integer())])"
                + " as batch_op:\n"
                + "        batch_op.alter_column('name', existing_type=sa.VARCHAR(length=50),"
                + " nullable=True)\n",
            "    pass\n")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void bulkInsertRowsMissingAKeyOfTheFirstRow(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    t = sa.table('tags', sa.column('id', sa.Integer), sa.column('name', sa.String),"
                + " sa.column('color', sa.String), sa.column('created_at', sa.DateTime))\n"
                + "    op.bulk_insert(t, [{'id': 1, 'name': 'a', 'color': '#fff',"
                + " 'created_at': datetime.datetime(2024, 1, 2, 3, 4, 5)},"
                + " {'id': 2, 'name': 'b'}])\n",
            "    pass\n")
        .edit(
            "alembic/versions/" + REV + "_batch.py",
            "import sqlalchemy as sa\n",
            "import sqlalchemy as sa\nimport datetime\n")
        .alembic("upgrade", "head")
        .alembic("upgrade", R2 + ":head", "--sql")
        .alembic("current");
  }

  /**
   * Offline, copy_from describes the table; its own MetaData's naming convention names its unnamed
   * constraints, so the rebuilt table has CONSTRAINT uq_tags_name and it can be dropped by name.
   * (One constraint besides the key: Alembic orders several in the order of a Python set.)
   */
  @Test
  void copyFromTablesKeepTheirMetadatasNamingConvention(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String table =
        "tags = sa.Table(\n"
            + "    'tags', sa.MetaData(naming_convention={'uq': 'uq_%(table_name)s_%(column_0_name)s',"
            + " 'ck': 'ck_%(table_name)s_%(constraint_name)s'}),\n"
            + "    sa.Column('id', sa.Integer(), nullable=False),\n"
            + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
            + "    sa.Column('color', sa.String(length=7), nullable=True),\n"
            + "    sa.Column('created_at', sa.DateTime(), nullable=False),\n"
            + "    sa.PrimaryKeyConstraint('id'),\n"
            + "    sa.UniqueConstraint('name'),\n"
            + "    sa.Index('ix_tags_color', 'color'),\n"
            + ")\n\n";
    rev(
            s,
            "    with op.batch_alter_table('tags', copy_from=tags) as batch_op:\n"
                + "        batch_op.alter_column('color', type_=sa.String(length=9))\n",
            "    with op.batch_alter_table('tags', copy_from=tags) as batch_op:\n"
                + "        batch_op.drop_constraint('uq_tags_name', type_='unique')\n")
        .edit(
            "alembic/versions/" + REV + "_batch.py",
            "depends_on = None\n",
            "depends_on = None\n\n" + table)
        .alembic("upgrade", R2 + ":head", "--sql")
        .alembic("downgrade", REV + ":" + R2, "--sql");
  }
}
