package migrationtutor.differential;

import static migrationtutor.differential.TodoChain.R2;
import static migrationtutor.differential.TodoChain.handRevision;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advanced course's data migrations, online and offline, upgrade and downgrade: a NOT NULL
 * column added to a table with rows (add nullable, backfill, tighten, then a unique constraint),
 * the wrong answers and SQLite's real errors, a CASE backfill, and reference rows seeded with
 * {@code op.bulk_insert}. Each test starts from 7ef08f4a0da7 and 754f44a882e4 applied (todos has
 * three rows) and writes revisions by hand on top of 754f44a882e4.
 */
class DataMigrationsDifferentialTest {
  static final String REV = "da7a00000001";
  static final String FILE = "alembic/versions/" + REV + "_data.py";
  static final String RANGE = R2 + ":head";
  static final String DOWN_RANGE = REV + ":" + R2;

  /** The todos table as 754f44a882e4 leaves it, for batch rebuilds in --sql mode. */
  static final String TODOS_BEFORE =
      "todos_before = sa.Table(\n"
          + "    'todos', sa.MetaData(),\n"
          + "    sa.Column('id', sa.Integer(), nullable=False),\n"
          + "    sa.Column('title', sa.VARCHAR(length=255), nullable=False),\n"
          + "    sa.Column('description', sa.TEXT(), nullable=True),\n"
          + "    sa.Column('is_completed', sa.Boolean(), nullable=False),\n"
          + "    sa.Column('created_at', sa.DateTime(), nullable=False),\n"
          + "    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),\n"
          + "    sa.Column('priority', sa.Integer(), nullable=True),\n"
          + "    %s"
          + "    sa.PrimaryKeyConstraint('id'),\n"
          + ")\n\n";

  /**
   * The copy_from tables of the slug migration: before the tightening (slug nullable) and after it
   * (NOT NULL, unique), for the downgrade's rebuild, which must know the constraint it drops.
   */
  private static final String SLUG_TABLES =
      TODOS_BEFORE
              .replace("todos_before", "todos_with_slug")
              .formatted("sa.Column('slug', sa.String(length=100), nullable=True),\n")
          + TODOS_BEFORE
              .replace("todos_before", "todos_after")
              .formatted(
                  "sa.Column('slug', sa.String(length=100), nullable=False),\n"
                      + "    sa.UniqueConstraint('slug', name='uq_todos_slug'),\n");

  static DifferentialSession start(Path tmp) {
    return TodoChain.firstTwoApplied(DifferentialSession.of("personal_todo", tmp));
  }

  /** (Re)writes the revision on top of 754f44a882e4. */
  static DifferentialSession rev(DifferentialSession s, String upgrade, String downgrade) {
    return handRevision(s, REV, R2, "data", upgrade, downgrade);
  }

  /** Adds module-level text after the revision identifiers (a copy_from table, imports). */
  static DifferentialSession preamble(DifferentialSession s, String text) {
    return s.edit(FILE, "depends_on = None\n", "depends_on = None\n\n" + text);
  }

  private static final String ADD_SLUG =
      "    op.add_column('todos', sa.Column('slug', sa.String(length=100), nullable=True))\n";
  private static final String TIGHTEN =
      "    with op.batch_alter_table('todos', schema=None%s) as batch_op:\n"
          + "        batch_op.alter_column('slug', existing_type=sa.String(length=100),"
          + " nullable=False)\n"
          + "        batch_op.create_unique_constraint('uq_todos_slug', ['slug'])\n";
  private static final String UNDO_SLUG =
      "    with op.batch_alter_table('todos', schema=None%s) as batch_op:\n"
          + "        batch_op.drop_constraint('uq_todos_slug', type_='unique')\n"
          + "        batch_op.drop_column('slug')\n";

  @Test
  void notNullColumnBackfilledWithSqlText(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            ADD_SLUG
                + "    op.execute(\"UPDATE todos SET slug = 'todo-' || id WHERE slug IS NULL\")\n"
                + TIGHTEN.formatted(""),
            UNDO_SLUG.formatted(""))
        .alembic("upgrade", "head")
        .alembic("current")
        .sql(
            "INSERT INTO todos (id, title, is_completed, created_at, slug) VALUES"
                + " (4, 'Walk dog', 0, '2024-01-04 08:00:00.000000', 'todo-4')")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head")
        .alembic("downgrade", R2);
    // Offline, the rebuilds need the table's shape (copy_from).
    rev(
        s,
        ADD_SLUG
            + "    op.execute(\"UPDATE todos SET slug = 'todo-' || id WHERE slug IS NULL\")\n"
            + TIGHTEN.formatted(", copy_from=todos_with_slug"),
        UNDO_SLUG.formatted(", copy_from=todos_after"));
    preamble(s, SLUG_TABLES)
        .alembic("upgrade", RANGE, "--sql")
        .alembic("downgrade", DOWN_RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1");
  }

  @Test
  void notNullColumnBackfilledWithAnUpdateStatement(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String backfill =
        "    todos = sa.table('todos', sa.column('id', sa.Integer), sa.column('title', sa.String),"
            + " sa.column('slug', sa.String))\n"
            + "    op.execute(\n"
            + "        todos.update()\n"
            + "        .where(todos.c.slug.is_(None))\n"
            + "        .values(slug=sa.func.lower(sa.func.replace(todos.c.title, ' ', '-')))\n"
            + "    )\n"
            + "    op.execute(todos.update().where(todos.c.id == 3).values(slug='call-mum'))\n";
    rev(s, ADD_SLUG + backfill + TIGHTEN.formatted(""), UNDO_SLUG.formatted(""))
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head");
    rev(
        s,
        ADD_SLUG + backfill + TIGHTEN.formatted(", copy_from=todos_with_slug"),
        UNDO_SLUG.formatted(", copy_from=todos_after"));
    preamble(s, SLUG_TABLES)
        .alembic("downgrade", DOWN_RANGE, "--sql")
        .alembic("downgrade", R2)
        .alembic("upgrade", RANGE, "--sql");
  }

  @Test
  void theWrongAnswersFailWithSqlitesErrors(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    // NOT NULL straight away, plain and in batch mode (an in-place ALTER either way).
    rev(
            s,
            "    op.add_column('todos', sa.Column('slug', sa.String(length=100), nullable=False))\n",
            "    pass\n")
        .alembic("upgrade", "head")
        .alembic("current");
    rev(
            s,
            "    with op.batch_alter_table('todos') as batch_op:\n"
                + "        batch_op.add_column(sa.Column('slug', sa.String(length=100),"
                + " nullable=False))\n",
            "    pass\n")
        .alembic("upgrade", "head")
        .alembic("current");
    // Tightening before the backfill: the rebuild's copy hits the NOT NULL constraint.
    rev(s, ADD_SLUG + TIGHTEN.formatted(""), UNDO_SLUG.formatted(""))
        .alembic("upgrade", "head")
        .alembic("current")
        .sql("DROP TABLE _alembic_tmp_todos")
        .sql("ALTER TABLE todos DROP COLUMN slug");
    // A unique constraint over values that repeat.
    rev(
            s,
            ADD_SLUG
                + "    op.execute(\"UPDATE todos SET slug = 'same'\")\n"
                + TIGHTEN.formatted(""),
            UNDO_SLUG.formatted(""))
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void discountPercentFilledWithCaseByPrice(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String products =
        "    products = op.create_table('products',\n"
            + "    sa.Column('id', sa.Integer(), nullable=False),\n"
            + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
            + "    sa.Column('price', sa.Float(), nullable=False),\n"
            + "    sa.PrimaryKeyConstraint('id')\n"
            + "    )\n"
            + "    op.bulk_insert(products, [\n"
            + "        {'id': 1, 'name': 'pen', 'price': 1.5},\n"
            + "        {'id': 2, 'name': 'lamp', 'price': 35},\n"
            + "        {'id': 3, 'name': 'desk', 'price': 249.99},\n"
            + "    ])\n";
    String discount =
        "    op.add_column('products', sa.Column('discount_percent', sa.Integer(),"
            + " nullable=True))\n"
            + "    p = sa.table('products', sa.column('price', sa.Float),"
            + " sa.column('discount_percent', sa.Integer))\n"
            + "    op.execute(p.update().values(discount_percent=sa.case(\n"
            + "        (p.c.price >= 100, 20),\n"
            + "        (p.c.price >= 20, 10),\n"
            + "        else_=0,\n"
            + "    )))\n"
            + "    with op.batch_alter_table('products', schema=None%s) as batch_op:\n"
            + "        batch_op.alter_column('discount_percent', existing_type=sa.Integer(),"
            + " nullable=False)\n";
    rev(s, products + discount.formatted(""), "    op.drop_table('products')\n")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head")
        .alembic("downgrade", R2);
    rev(
        s,
        products + discount.formatted(", copy_from=products_before"),
        "    op.drop_table('products')\n");
    preamble(
            s,
            "products_before = sa.Table('products', sa.MetaData(),\n"
                + "    sa.Column('id', sa.Integer(), nullable=False),\n"
                + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
                + "    sa.Column('price', sa.Float(), nullable=False),\n"
                + "    sa.Column('discount_percent', sa.Integer(), nullable=True),\n"
                + "    sa.PrimaryKeyConstraint('id'),\n"
                + ")\n\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("downgrade", DOWN_RANGE, "--sql");
  }

  @Test
  void referenceRowsSeededWithBulkInsert(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
        s,
        "    statuses = op.create_table('statuses',\n"
            + "    sa.Column('id', sa.Integer(), nullable=False),\n"
            + "    sa.Column('code', sa.String(length=20), nullable=False),\n"
            + "    sa.Column('is_default', sa.Boolean(), nullable=False),\n"
            + "    sa.Column('since', sa.Date(), nullable=True),\n"
            + "    sa.Column('created_at', sa.DateTime(), nullable=False),\n"
            + "    sa.Column('weight', sa.Numeric(precision=5, scale=2), nullable=True),\n"
            + "    sa.PrimaryKeyConstraint('id'),\n"
            + "    sa.UniqueConstraint('code')\n"
            + "    )\n"
            + "    op.bulk_insert(statuses, [\n"
            + "        {'id': 1, 'code': 'open', 'is_default': True,"
            + " 'since': datetime.date(2024, 1, 1),"
            + " 'created_at': datetime.datetime(2024, 1, 1, 9, 0), 'weight': Decimal('1.50')},\n"
            + "        {'id': 2, 'code': 'done', 'is_default': False, 'since': None,"
            + " 'created_at': datetime.datetime(2024, 1, 2, 10, 30, 15), 'weight': None},\n"
            + "    ])\n"
            + "    op.bulk_insert(statuses, [\n"
            + "        {'id': 3, 'code': \"won't do\", 'is_default': False,"
            + " 'since': datetime.date(2024, 2, 29),"
            + " 'created_at': datetime.datetime(2024, 2, 29, 23, 59, 59), 'weight': 2},\n"
            + "    ], multiinsert=False)\n"
            + "    tags = sa.table('tags', sa.column('id', sa.Integer), sa.column('name', sa.String),"
            + " sa.column('created_at', sa.DateTime))\n"
            + "    op.execute(tags.insert().values(id=1, name='home',"
            + " created_at=datetime.datetime(2024, 3, 1)))\n",
        "    tags = sa.table('tags', sa.column('id', sa.Integer))\n"
            + "    op.execute(tags.delete().where(tags.c.id.in_([1])))\n"
            + "    op.drop_table('statuses')\n");
    s.edit(
            FILE,
            "import sqlalchemy as sa\n",
            "import sqlalchemy as sa\nimport datetime\n" + "from decimal import Decimal\n")
        .alembic("upgrade", RANGE, "--sql")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("downgrade", DOWN_RANGE, "--sql")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head");
  }

  /**
   * One op.execute string holding two statements: sqlite3 refuses it before running either
   * (ProgrammingError); offline it is written out as given. One statement over several lines with a
   * trailing semicolon and comment is fine.
   */
  @Test
  void twoStatementsInOneExecuteAreRefused(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            "    op.execute(\"\"\"\n"
                + "        UPDATE todos SET priority = 0 WHERE priority IS NULL;\n"
                + "        UPDATE todos SET title = upper(title);\n"
                + "    \"\"\")\n",
            "    pass\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", RANGE, "--sql");
    rev(
            s,
            "    op.execute(\"\"\"\n"
                + "        UPDATE todos\n"
                + "        SET priority = 0 -- nothing urgent; yet\n"
                + "        WHERE priority IS NULL;  -- done\n"
                + "    \"\"\")\n",
            "    pass\n")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  /**
   * op.get_bind().execute() with execution parameters: a dict, a list of dicts (executemany),
   * keyword arguments, a plain string with a tuple; raw values as sqlite3 adapts them; offline the
   * parameters are not used (NULLs). Then two dicts given separately, the second complete and the
   * first not: the error names no group and shows the tuple.
   */
  @Test
  void connectionExecuteWithParameters(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String setTitle = "sa.text(\"UPDATE todos SET title = :t WHERE id = :i\")";
    rev(
            s,
            "    conn = op.get_bind()\n"
                + "    conn.execute("
                + setTitle
                + ", {'t': 'Buy oat milk', 'i': 1})\n"
                + "    conn.execute("
                + setTitle
                + ", [{'t': 'Report', 'i': 2}, {'t': datetime.date(2024, 5, 1), 'i': 3}])\n"
                + "    conn.execute("
                + setTitle
                + ", t=datetime.datetime(2024, 5, 1, 9, 30), i=4)\n"
                + "    conn.execute('UPDATE todos SET priority = ? WHERE id = ?', (True, 1))\n",
            "    pass\n")
        .edit(FILE, "import sqlalchemy as sa\n", "import sqlalchemy as sa\nimport datetime\n")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", RANGE, "--sql");
    rev(
            s,
            "    op.get_bind().execute(" + setTitle + ", {'t': 'x'}, {'t': 'y', 'i': 2})\n",
            "    pass\n")
        .alembic("downgrade", R2)
        .alembic("upgrade", "head")
        .alembic("current");
  }
}
