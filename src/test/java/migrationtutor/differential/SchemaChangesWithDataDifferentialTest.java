package migrationtutor.differential;

import static migrationtutor.differential.DataMigrationsDifferentialTest.TODOS_BEFORE;
import static migrationtutor.differential.TodoChain.R2;
import static migrationtutor.differential.TodoChain.handRevision;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema changes on tables that hold rows, online and offline ({@code --sql} with copy_from for the
 * rebuilds), upgrade and downgrade: a column renamed in batch mode against the data loss of a naive
 * drop and add, Float to Numeric(10, 2), a CHECK constraint, a unique constraint over two columns,
 * a composite index and a partial index. Each test starts from 754f44a882e4 applied.
 */
class SchemaChangesWithDataDifferentialTest {
  private static final String PRODUCTS = "b0d5c7000001";
  private static final String REV = "b0d5c7000002";
  private static final String FILE = "alembic/versions/" + REV + "_change.py";

  private static DifferentialSession start(Path tmp) {
    return DataMigrationsDifferentialTest.start(tmp)
        .sql("UPDATE todos SET priority = id * 10")
        .sql(
            "INSERT INTO tags (id, name, color, created_at) VALUES"
                + " (1, 'home', '#00ff00', '2024-01-01 00:00:00.000000'),"
                + " (2, 'work', '#00ff00', '2024-01-02 00:00:00.000000')");
  }

  /** A revision on 754f44a882e4 (or on the products revision when there is one). */
  private static DifferentialSession rev(
      DifferentialSession s, String down, String upgrade, String downgrade) {
    return handRevision(s, REV, down, "change", upgrade, downgrade);
  }

  private static DifferentialSession copyFrom(DifferentialSession s, String tables) {
    return s.edit(FILE, "depends_on = None\n", "depends_on = None\n\n" + tables);
  }

  /** Products with a Float price and three rows, applied. */
  private static DifferentialSession withProducts(DifferentialSession s) {
    return handRevision(
            s,
            PRODUCTS,
            R2,
            "products",
            "    products = op.create_table('products',\n"
                + "    sa.Column('id', sa.Integer(), nullable=False),\n"
                + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
                + "    sa.Column('price', sa.Float(), nullable=False),\n"
                + "    sa.PrimaryKeyConstraint('id')\n"
                + "    )\n"
                + "    op.bulk_insert(products, [\n"
                + "        {'id': 1, 'name': 'pen', 'price': 1.5},\n"
                + "        {'id': 2, 'name': 'lamp', 'price': 35.125},\n"
                + "        {'id': 3, 'name': 'desk', 'price': 249.99},\n"
                + "    ])\n",
            "    op.drop_table('products')\n")
        .alembic("upgrade", "head");
  }

  private static String products(String price, String extra) {
    return "products_table = sa.Table('products', sa.MetaData(),\n"
        + "    sa.Column('id', sa.Integer(), nullable=False),\n"
        + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
        + "    sa.Column('price', "
        + price
        + ", nullable=False),\n"
        + "    sa.PrimaryKeyConstraint('id'),\n"
        + extra
        + ")\n\n";
  }

  @Test
  void renameInBatchModeKeepsTheDataADropAndAddLosesIt(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    String rename =
        "    with op.batch_alter_table('todos', schema=None%s) as batch_op:\n"
            + "        batch_op.alter_column('%s', new_column_name='%s',"
            + " existing_type=sa.Integer(), existing_nullable=True)\n";
    rev(
            s,
            R2,
            rename.formatted("", "priority", "importance"),
            rename.formatted("", "importance", "priority"))
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head")
        .alembic("downgrade", R2);
    rev(
        s,
        R2,
        rename.formatted(", copy_from=todos_before", "priority", "importance"),
        rename.formatted(", copy_from=todos_after", "importance", "priority"));
    copyFrom(
            s,
            TODOS_BEFORE.formatted("")
                + TODOS_BEFORE
                    .replace("todos_before", "todos_after")
                    .replace("'priority'", "'importance'")
                    .formatted(""))
        .alembic("upgrade", R2 + ":head", "--sql")
        .alembic("downgrade", REV + ":" + R2, "--sql");
    // The naive version: the column comes back empty.
    rev(
            s,
            R2,
            "    op.drop_column('todos', 'priority')\n"
                + "    op.add_column('todos', sa.Column('importance', sa.Integer(),"
                + " nullable=True))\n",
            "    op.drop_column('todos', 'importance')\n"
                + "    op.add_column('todos', sa.Column('priority', sa.Integer(),"
                + " nullable=True))\n")
        .alembic("upgrade", R2 + ":head", "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("current");
  }

  @Test
  void floatToNumericAndACheckConstraint(@TempDir Path tmp) {
    DifferentialSession s = withProducts(start(tmp));
    String toNumeric =
        "    with op.batch_alter_table('products', schema=None%s) as batch_op:\n"
            + "        batch_op.alter_column('price', existing_type=sa.Float(),"
            + " type_=sa.Numeric(precision=10, scale=2), existing_nullable=False)\n"
            + "        batch_op.create_check_constraint('ck_products_price_positive',"
            + " 'price >= 0')\n";
    String toFloat =
        "    with op.batch_alter_table('products', schema=None%s) as batch_op:\n"
            + "        batch_op.drop_constraint('ck_products_price_positive', type_='check')\n"
            + "        batch_op.alter_column('price',"
            + " existing_type=sa.Numeric(precision=10, scale=2), type_=sa.Float(),"
            + " existing_nullable=False)\n";
    rev(s, PRODUCTS, toNumeric.formatted(""), toFloat.formatted(""))
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head")
        .alembic("downgrade", PRODUCTS)
        .sql("INSERT INTO products (id, name, price) VALUES (4, 'refund', -5)")
        .alembic("upgrade", "head")
        .alembic("current")
        .sql("DROP TABLE _alembic_tmp_products")
        .sql("DELETE FROM products WHERE id = 4");
    rev(
        s,
        PRODUCTS,
        toNumeric.formatted(", copy_from=products_table"),
        toFloat.formatted(", copy_from=products_checked"));
    copyFrom(
            s,
            products("sa.Float()", "")
                + products(
                        "sa.Numeric(precision=10, scale=2)",
                        "    sa.CheckConstraint('price >= 0',"
                            + " name='ck_products_price_positive'),\n")
                    .replace("products_table", "products_checked"))
        .alembic("upgrade", PRODUCTS + ":head", "--sql")
        .alembic("downgrade", REV + ":" + PRODUCTS, "--sql");
  }

  @Test
  void uniqueConstraintOverTwoColumns(@TempDir Path tmp) {
    DifferentialSession s = start(tmp).constraintOrderVaries();
    rev(
            s,
            R2,
            "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.create_unique_constraint('uq_tags_name_color',"
                + " ['name', 'color'])\n",
            "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.drop_constraint('uq_tags_name_color', type_='unique')\n")
        .alembic("upgrade", "head")
        .sql(
            "INSERT INTO tags (id, name, color, created_at) VALUES"
                + " (3, 'errands', '#0000ff', '2024-01-03 00:00:00.000000')")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("upgrade", R2 + ":head", "--sql");
  }

  @Test
  void compositeAndPartialIndexes(@TempDir Path tmp) {
    DifferentialSession s = start(tmp);
    rev(
            s,
            R2,
            "    op.create_index('ix_todos_done_priority', 'todos', ['is_completed', 'priority'],"
                + " unique=False)\n"
                + "    op.create_index('ix_todos_open_title', 'todos', ['title'], unique=True,"
                + " sqlite_where=sa.text('is_completed = 0 AND deleted_at IS NULL'))\n"
                + "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.create_index('ix_tags_name_color', ['name', 'color'],"
                + " unique=False)\n",
            "    with op.batch_alter_table('tags', schema=None) as batch_op:\n"
                + "        batch_op.drop_index('ix_tags_name_color')\n"
                + "    op.drop_index('ix_todos_open_title', table_name='todos')\n"
                + "    op.drop_index('ix_todos_done_priority', table_name='todos')\n")
        .alembic("upgrade", R2 + ":head", "--sql")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("downgrade", REV + ":" + R2, "--sql")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "head");
    // The partial unique index refuses a second open todo with the same title.
    s.sql("UPDATE todos SET title = 'Buy milk', is_completed = 1 WHERE id = 2")
        .alembic("downgrade", "-1")
        .sql("UPDATE todos SET is_completed = 0 WHERE id = 2")
        .alembic("upgrade", "head")
        .alembic("current");
  }
}
