"""seed reference rows: dates, decimals and booleans as literals offline

Revision ID: 4d5e6f7a8b9c
Revises: 2b3c4d5e6f7a
Create Date: 2024-03-15 10:00:00.000000

"""
import datetime
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

revision = '4d5e6f7a8b9c'
down_revision = '2b3c4d5e6f7a'
branch_labels = None
depends_on = None


def upgrade():
    plans = op.create_table(
        'plan',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(20), nullable=False),
        sa.Column('price', sa.Numeric(10, 2)),
        sa.Column('rate', sa.Float()),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('since', sa.Date()),
        sa.Column('updated', sa.DateTime()),
        sa.Column('opens', sa.Time()),
    )
    op.bulk_insert(plans, [
        {'id': 1, 'name': 'free', 'price': Decimal('0.00'), 'rate': 0.0, 'active': True,
         'since': datetime.date(2024, 1, 1), 'updated': datetime.datetime(2024, 1, 1, 8, 0),
         'opens': datetime.time(8, 0)},
        {'id': 2, 'name': 'pro', 'price': Decimal('9.99'), 'rate': Decimal('1.25'),
         'active': False, 'since': None, 'updated': datetime.datetime(2024, 2, 3, 4, 5, 6, 7),
         'opens': None},
    ])
    op.bulk_insert(plans, [
        {'id': 3, 'name': "o'neil", 'price': 5, 'rate': 2, 'active': 1,
         'since': datetime.date(2024, 6, 30)},
    ], multiinsert=False)
    p = sa.table('plan', sa.column('id', sa.Integer), sa.column('price', sa.Numeric(10, 2)),
                 sa.column('active', sa.Boolean), sa.column('since', sa.Date),
                 sa.column('updated', sa.DateTime))
    op.execute(p.update().where(p.c.since < datetime.date(2024, 3, 1))
               .values(price=p.c.price * Decimal('1.10'), updated=datetime.datetime(2024, 3, 1)))
    op.execute(p.update().where(p.c.active == False).values(active=True, since=sa.func.date('now')))
    op.execute(sa.text("UPDATE plan SET since = :d WHERE id = :i")
               .bindparams(d=datetime.date(2023, 1, 1), i=2))


def downgrade():
    p = sa.table('plan', sa.column('id', sa.Integer))
    op.execute(p.delete().where(p.c.id.in_([1, 2, 3])))
    op.drop_table('plan')
