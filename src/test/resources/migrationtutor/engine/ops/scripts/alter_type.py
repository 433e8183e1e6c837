"""change types

Revision ID: 3d4e5f6a7b8c
Revises: 2c3d4e5f6a7b
Create Date: 2024-03-10 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '3d4e5f6a7b8c'
down_revision = '2c3d4e5f6a7b'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column('note', 'flag', type_=sa.Boolean(create_constraint=True),
                    existing_type=sa.Enum('y', 'n', name='yn', create_constraint=True),
                    server_default=sa.text('1'), autoincrement=False)
    op.alter_column('note', 'rank', type_=sa.BigInteger, existing_server_default='0',
                    existing_comment='rank', comment='new comment')


def downgrade():
    op.alter_column('note', 'rank', type_=sa.Integer(), nullable=True, foo='ignored')
