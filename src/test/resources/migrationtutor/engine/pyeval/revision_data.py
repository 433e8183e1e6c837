"""seed statuses

Revision ID: 5c1d2e3f4a5b
Revises: 3f2a9c1d7e45
Create Date: 2024-03-02 08:00:00.000000

"""
from datetime import datetime

from alembic import op
import sqlalchemy as sa

revision = '5c1d2e3f4a5b'
down_revision = '3f2a9c1d7e45'
branch_labels = None
depends_on = None

TABLE = 'status'


def upgrade():
    """Create the status table and fill it."""
    status = op.create_table(
        TABLE,
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('code', sa.String(20), nullable=False),
        sa.Column('label', sa.String(length=100)),
    )
    op.bulk_insert(status, [
        {'id': 1, 'code': 'open', 'label': 'Open'},
        {'id': 2, 'code': 'closed', 'label': 'Closed ' + 'for good'},
        {'id': 3, 'code': 'x' * 3, 'label': '%s #%d' % ('Item', 3)},
    ])
    op.execute("""
        UPDATE status
        SET label = upper(label)
        WHERE id > 1
    """)
    prefix = 'ix'
    op.create_index(f'{prefix}_{TABLE}_code', TABLE, ['code'], unique=True)
    op.alter_column(TABLE, 'label', nullable=False, existing_type=sa.String(length=100))
    op.add_column(TABLE, sa.Column('weight', sa.Numeric(10, 2), server_default='-1.5'))


def downgrade():
    op.drop_index(op.f('ix_status_code'), table_name=TABLE)
    op.drop_table(TABLE)
