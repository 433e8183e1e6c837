"""seed JSON values (no literal renderer offline)

Revision ID: 7b8c9d0e1f2a
Revises: c3d4e5f6a7b8
Create Date: 2024-03-11 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '7b8c9d0e1f2a'
down_revision = 'c3d4e5f6a7b8'
branch_labels = None
depends_on = None


def upgrade():
    settings = op.create_table(
        'setting',
        sa.Column('key', sa.String(40), primary_key=True),
        sa.Column('value', sa.JSON(), nullable=True),
    )
    op.bulk_insert(settings, [
        {'key': 'theme', 'value': {'color': 'green', 'sizes': [1, 2.5, None], 'on': True}},
        {'key': 'empty', 'value': None},
    ])
