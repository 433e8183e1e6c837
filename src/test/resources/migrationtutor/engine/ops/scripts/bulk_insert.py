"""seed data

Revision ID: c3d4e5f6a7b8
Revises: b2c3d4e5f6a7
Create Date: 2024-03-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column

revision = 'c3d4e5f6a7b8'
down_revision = 'b2c3d4e5f6a7'
branch_labels = None
depends_on = None


def upgrade():
    status = op.create_table(
        'status',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('code', sa.String(20), nullable=False),
        sa.Column('label', sa.String(length=100)),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('weight', sa.Float()),
    )
    op.bulk_insert(status, [
        {'id': 1, 'code': 'open', 'label': 'Open', 'active': True, 'weight': 1.5},
        {'id': 2, 'code': 'closed', 'label': "Closed for 'good'", 'active': False,
         'weight': None},
        {'id': 3, 'code': 'x' * 3, 'label': '%s #%d' % ('Item', 3), 'active': 1,
         'weight': 2},
    ])
    tags = table('tag', column('id', sa.Integer), column('name', sa.String))
    op.create_table('tag', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('name', sa.String(30)))
    op.bulk_insert(tags, [{'id': 1, 'name': 'red'}, {'id': 2, 'name': 'blue'}],
                   multiinsert=False)
    op.bulk_insert(sa.table('tag', sa.column('id', sa.Integer), sa.column('name', sa.Unicode)),
                   [{'id': 3, 'name': 'green'}])
    op.bulk_insert(tags, [])


def downgrade():
    op.execute("DELETE FROM tag")
    op.drop_table('tag')
    op.drop_table('status')
