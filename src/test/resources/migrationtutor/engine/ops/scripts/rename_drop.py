"""rename and drop

Revision ID: e5f6a7b8c9d0
Revises: d4e5f6a7b8c9
Create Date: 2024-03-05 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'e5f6a7b8c9d0'
down_revision = 'd4e5f6a7b8c9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('todo', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('title', sa.String(80), nullable=False))
    op.add_column('todo', sa.Column('done', sa.Boolean(), nullable=False,
                                    server_default=sa.false()))
    op.add_column('todo', sa.Column('priority', sa.Integer(), server_default='1'))
    op.add_column('todo', sa.Column('notes', sa.Text))
    op.rename_table('todo', 'task')
    op.drop_column('task', 'notes')
    op.create_table_comment('task', 'things to do')


def downgrade():
    op.drop_table_comment('task')
    op.rename_table('task', 'todo')
    op.drop_table('todo')
