"""sa.cast() and .cast() in data migrations

Revision ID: 8b9c0d1e2f3a
Revises: 7a8b9c0d1e2f
Create Date: 2024-03-19 10:00:00.000000

"""
import datetime

from alembic import op
import sqlalchemy as sa

revision = '8b9c0d1e2f3a'
down_revision = '7a8b9c0d1e2f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('item', sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('code', sa.String(20)), sa.Column('price', sa.Float()),
                    sa.Column('active', sa.Boolean()))
    op.execute("INSERT INTO item VALUES (1, 'a', 1.5, 1), (2, 'b', 2.25, 0)")
    t = sa.table('item', sa.column('id', sa.Integer), sa.column('code', sa.String),
                 sa.column('price', sa.Float), sa.column('active', sa.Boolean))
    op.execute(t.update().values(code=sa.cast(t.c.id, sa.String) + '-' + t.c.code))
    op.execute(t.update().where(t.c.id == sa.cast('2', sa.Integer))
               .values(price=sa.cast(t.c.price * 2, sa.Numeric(10, 2))))
    op.execute(t.update().where(t.c.price.cast(sa.Integer) > 1).values(active=sa.cast(1, sa.Boolean)))
    op.execute(t.update().values(code=t.c.code.cast(sa.Text())))
    # str() renders inline literals with the default dialect: native booleans, str() of dates.
    print(op.inline_literal(True), op.inline_literal(None), op.inline_literal(1.5),
          op.inline_literal(datetime.date(2024, 1, 2)), op.inline_literal('5', sa.Integer))
    print(op.inline_literal(datetime.datetime(2024, 1, 2, 3, 4)),
          op.inline_literal(datetime.time(1, 2, 3, 4)),
          op.inline_literal(datetime.timedelta(days=-1, seconds=5), sa.Interval))
    print(t.update().values(active=op.inline_literal(False), code=op.inline_literal("it's")))


def downgrade():
    op.drop_table('item')
