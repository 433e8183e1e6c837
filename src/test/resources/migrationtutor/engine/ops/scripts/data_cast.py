"""sa.cast() and .cast() in data migrations

Revision ID: 8b9c0d1e2f3a
Revises: 7a8b9c0d1e2f
Create Date: 2024-03-19 10:00:00.000000

"""
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


def downgrade():
    op.drop_table('item')
