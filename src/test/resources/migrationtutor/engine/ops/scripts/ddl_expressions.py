"""CHECK conditions and partial indexes written as SQL expressions

Revision ID: 5e6f7a8b9c0d
Revises: 4d5e6f7a8b9c
Create Date: 2024-03-16 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '5e6f7a8b9c0d'
down_revision = '4d5e6f7a8b9c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'product',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('price', sa.Numeric(10, 2), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('deleted_at', sa.DateTime()),
        sa.CheckConstraint(sa.column('price') >= 0, name='ck_product_price'),
        sa.CheckConstraint(sa.and_(sa.column('name') != '', sa.column('price') < 100000)),
        sa.CheckConstraint(sa.column('name').in_(['a', 'b']) | (sa.column('price') > 1.5)),
    )
    t = sa.table('product', sa.column('active', sa.Boolean), sa.column('price', sa.Integer))
    op.create_index('ix_product_live', 'product', ['name'],
                    sqlite_where=sa.column('deleted_at').is_(None))
    op.create_index('ix_product_off', 'product', ['name'], sqlite_where=t.c.active == False)
    op.create_index('ix_product_on', 'product', ['name'], sqlite_where=t.c.active)
    op.create_index('ix_product_cheap', 'product', ['price'],
                    sqlite_where=sa.and_(t.c.active, t.c.price < 10))
    op.create_index('ix_product_a', 'product', ['name'],
                    sqlite_where=sa.column('name').like("a'%"))


def downgrade():
    op.drop_table('product')
