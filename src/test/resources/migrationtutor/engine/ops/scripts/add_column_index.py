"""add an indexed column

Revision ID: f6a7b8c9d0e1
Revises: e5f6a7b8c9d0
Create Date: 2024-03-06 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'f6a7b8c9d0e1'
down_revision = 'e5f6a7b8c9d0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('user', sa.Column('id', sa.Integer, primary_key=True))
    op.add_column('user', sa.Column('login', sa.String(40), index=True))
    op.add_column('user', sa.Column('slug', sa.String(40), index=True, unique=True))
    op.add_column('user', sa.Column('vip', sa.Boolean(create_constraint=True)))
    op.add_column('user', sa.Column('level', sa.Enum('a', 'bb', create_constraint=True,
                                                     name='ck_level')))
