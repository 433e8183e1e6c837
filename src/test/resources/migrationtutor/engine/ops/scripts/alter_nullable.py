"""make a column required

Revision ID: 2c3d4e5f6a7b
Revises: 1b2c3d4e5f6a
Create Date: 2024-03-09 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '2c3d4e5f6a7b'
down_revision = '1b2c3d4e5f6a'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('note', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('body', sa.Text), sa.Column('title', sa.String(20)))
    op.alter_column('note', 'body', nullable=False, existing_type=sa.Text(),
                    server_default='', existing_nullable=True)


def downgrade():
    op.alter_column('note', 'title', new_column_name='heading',
                    existing_type=sa.String(length=20))
    op.alter_column('note', 'heading', server_default=None)
