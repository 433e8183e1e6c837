"""add a unique column

Revision ID: 0a1b2c3d4e5f
Revises: f6a7b8c9d0e1
Create Date: 2024-03-07 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '0a1b2c3d4e5f'
down_revision = 'f6a7b8c9d0e1'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('member', sa.Column('id', sa.Integer, primary_key=True))
    op.add_column('member', sa.Column('email', sa.String(100), unique=True))
    op.add_column('member', sa.Column('never', sa.Integer))


def downgrade():
    op.add_column('member', sa.Column('team_id', sa.Integer, sa.ForeignKey('team.id')))
