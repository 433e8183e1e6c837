"""data changes through op.get_bind() with execution parameters

Revision ID: 6f7a8b9c0d1e
Revises: 5e6f7a8b9c0d
Create Date: 2024-03-17 10:00:00.000000

"""
import datetime
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

revision = '6f7a8b9c0d1e'
down_revision = '5e6f7a8b9c0d'
branch_labels = None
depends_on = None


def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, '%s: %s' % (type(e).__name__, e))


def upgrade():
    op.create_table('note', sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('body', sa.String(50)), sa.Column('at', sa.DateTime()),
                    sa.Column('n', sa.Numeric(10, 2)))
    conn = op.get_bind()
    ins = sa.text("INSERT INTO note (id, body, at) VALUES (:id, :body, :at)")
    conn.execute(ins, {'id': 1, 'body': 'one', 'at': datetime.datetime(2024, 1, 2, 3, 4, 5)})
    conn.execute(ins, [{'id': 2, 'body': 'two', 'at': datetime.date(2024, 2, 3)},
                       {'id': 3, 'body': 'three', 'at': None, 'unused': 1}])
    conn.execute(ins, {'id': 4, 'body': True, 'at': datetime.datetime(2024, 1, 1, 0, 0, 0, 5)},
                 {'id': 5, 'body': 'five', 'at': None})
    conn.execute(ins, id=6, body='six', at=None)
    typed = sa.text("UPDATE note SET at = :at, n = :n WHERE id = :id").bindparams(
        at=datetime.datetime(2000, 1, 1), n=Decimal('1.5'))
    conn.execute(typed, {'id': 1})
    conn.execute(typed, {'id': 2, 'at': datetime.datetime(2024, 5, 6, 7, 8, 9), 'n': 2})
    conn.execute("UPDATE note SET body = ? WHERE id = ?", ('changed', 5))
    attempt('missing first', lambda: conn.execute(ins, {'id': 7, 'body': 'x'}))
    attempt('missing second', lambda: conn.execute(ins, [{'id': 7, 'body': 'x', 'at': None},
                                                          {'id': 8, 'body': 'y'}]))
    attempt('decimal', lambda: conn.execute(ins, {'id': 7, 'body': Decimal('1.5'), 'at': None}))
    attempt('time', lambda: conn.execute(ins, {'id': 7, 'body': 'x', 'at': datetime.time(1, 2)}))
    untyped = sa.table('note', sa.column('id'), sa.column('body'))
    attempt('untyped decimal', lambda: op.execute(untyped.insert().values(id=9, body=Decimal('2.50'))))
    attempt('untyped timedelta', lambda: op.execute(
        untyped.insert().values(id=9, body=datetime.timedelta(days=1))))
    attempt('two statements', lambda: conn.execute(
        "UPDATE note SET body = 'a'; UPDATE note SET body = 'b'"))


def downgrade():
    op.drop_table('note')
