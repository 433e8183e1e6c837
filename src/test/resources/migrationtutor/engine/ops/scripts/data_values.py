"""seed rows with dates, times, decimals, booleans and JSON

Revision ID: 2b3c4d5e6f7a
Revises: 1a2b3c4d5e6f
Create Date: 2024-03-13 10:00:00.000000

"""
import datetime
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

revision = '2b3c4d5e6f7a'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    events = op.create_table(
        'event',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('day', sa.Date()),
        sa.Column('at', sa.DateTime()),
        sa.Column('at_tz', sa.DateTime(timezone=True)),
        sa.Column('starts', sa.Time()),
        sa.Column('price', sa.Numeric(10, 2)),
        sa.Column('ratio', sa.Float()),
        sa.Column('public', sa.Boolean()),
        sa.Column('length', sa.Interval()),
    )
    op.bulk_insert(events, [
        {'id': 1, 'day': datetime.date(2024, 1, 2), 'at': datetime.datetime(2024, 1, 2, 9, 30),
         'at_tz': datetime.datetime(2024, 1, 2, 9, 30, 5, 123),
         'starts': datetime.time(9, 30), 'price': Decimal('12.50'), 'ratio': Decimal('0.5'),
         'public': True, 'length': datetime.timedelta(hours=1, minutes=30)},
        {'id': 2, 'day': None, 'at': None, 'at_tz': None, 'starts': None, 'price': None,
         'ratio': None, 'public': False, 'length': None},
        {'id': 3, 'day': datetime.datetime(2024, 5, 6, 7, 8), 'at': datetime.date(2024, 5, 6),
         'at_tz': None, 'starts': datetime.time(23, 59, 59, 999999), 'price': 3,
         'ratio': 2, 'public': 0, 'length': datetime.timedelta(days=2)},
    ])
    op.bulk_insert(events, [
        {'id': 4, 'day': datetime.date(2000, 2, 29), 'price': Decimal('1E+2'), 'public': None},
    ], multiinsert=False)
    t = sa.table('event', sa.column('id', sa.Integer), sa.column('day', sa.Date),
                 sa.column('price', sa.Numeric(10, 2)), sa.column('public', sa.Boolean))
    op.execute(t.update().where(t.c.day < datetime.date(2024, 3, 1))
               .values(price=Decimal('9.99'), public=True))
    op.execute(t.insert().values(id=5, day=datetime.date(2024, 12, 24), price=Decimal('0.10')))
    op.execute(sa.text("UPDATE event SET day = :d WHERE id = :i")
               .bindparams(d=datetime.date(2023, 1, 1), i=2))
    op.execute(t.delete().where(t.c.price == Decimal('9.99')))
    settings = op.create_table(
        'setting',
        sa.Column('key', sa.String(40), primary_key=True),
        sa.Column('value', sa.JSON(), nullable=True),
    )
    op.bulk_insert(settings, [
        {'key': 'when', 'value': None},
        {'key': 'empty', 'value': {'a': [1, 2]}},
    ])


def downgrade():
    op.drop_table('setting')
    op.drop_table('event')
