"""indexes

Revision ID: b2c3d4e5f6a7
Revises: a1b2c3d4e5f6
Create Date: 2024-03-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'b2c3d4e5f6a7'
down_revision = 'a1b2c3d4e5f6'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('item', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('name', sa.String(50)), sa.Column('code', sa.String(10)),
                    sa.Column('deleted', sa.Boolean, server_default='0'))
    op.create_index(op.f('ix_item_name'), 'item', ['name'], unique=False)
    op.create_index('uq_item_code', 'item', ['code'], unique=True)
    op.create_index('ix_item_live_name', 'item', ['name', 'code'],
                    sqlite_where=sa.text('deleted = 0'), postgresql_using='btree')
    op.create_index('ix_item_lower_name', 'item', [sa.text('lower(name)')])
    op.create_index(None, 'item', ['deleted'])


def downgrade():
    op.drop_index('ix_item_deleted', table_name='item')
    op.drop_index('ix_item_lower_name', 'item')
    op.drop_index('ix_item_live_name')
    op.drop_index('uq_item_code', table_name='item')
    op.drop_index(op.f('ix_item_name'), table_name='item')
    op.drop_table('item')
