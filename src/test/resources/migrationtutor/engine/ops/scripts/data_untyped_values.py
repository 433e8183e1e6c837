"""values for untyped sa.column()s reach sqlite3 unprocessed

Revision ID: 7a8b9c0d1e2f
Revises: 6f7a8b9c0d1e
Create Date: 2024-03-18 10:00:00.000000

"""
import datetime

from alembic import op
import sqlalchemy as sa

revision = '7a8b9c0d1e2f'
down_revision = '6f7a8b9c0d1e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('event', sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('label', sa.String(30)), sa.Column('at', sa.DateTime()),
                    sa.Column('flag', sa.Boolean()))
    event = sa.table('event', sa.column('id'), sa.column('label'), sa.column('at'),
                     sa.column('flag'))
    op.execute(event.insert().values(id=1, label=datetime.date(2024, 1, 2),
                                     at=datetime.datetime(2024, 1, 2, 3, 4, 5), flag=True))
    op.execute(event.insert().values(id=2, label='two',
                                     at=datetime.datetime(2024, 1, 2, 3, 4, 5, 60), flag=False))
    op.execute(event.update().where(event.c.id == 2).values(label=datetime.datetime(2024, 6, 1)))
    op.bulk_insert(event, [{'id': 3, 'label': 'three', 'at': datetime.date(2024, 3, 3),
                            'flag': 1}])


def downgrade():
    op.drop_table('event')
