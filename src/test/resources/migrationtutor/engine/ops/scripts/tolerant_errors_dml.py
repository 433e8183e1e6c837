"""errors of SQL expression building and DML

Revision ID: 3c4d5e6f7a8b
Revises: 2b3c4d5e6f7a
Create Date: 2024-03-14 10:00:00.000000

"""
import datetime

from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7a8b'
down_revision = '2b3c4d5e6f7a'
branch_labels = None
depends_on = None


def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, '%s: %s' % (type(e).__name__, e))


def upgrade():
    op.create_table('item', sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('name', sa.String(20)), sa.Column('made', sa.Date()),
                    sa.Column('data', sa.JSON()))
    t = sa.table('item', sa.column('id', sa.Integer), sa.column('name', sa.String),
                 sa.column('made', sa.Date), sa.column('data', sa.JSON), sa.column('x'))
    attempt('unconsumed', lambda: op.execute(t.update().values(nope=1)))
    attempt('lt none', lambda: t.c.id < None)
    attempt('bool', lambda: bool(t.c.id == 1))
    attempt('where int', lambda: t.update().where(5))
    attempt('pos and kw', lambda: t.update().values({'id': 1}, name='x'))
    attempt('two positional', lambda: t.insert().values({'id': 1}, {'id': 2}))
    attempt('delete values', lambda: t.delete().values(id=1))
    attempt('insert where', lambda: t.insert().where(t.c.id == 1))
    attempt('nulltype', lambda: op.execute(t.update().values(x=5)))
    attempt('json', lambda: op.execute(t.insert().values(id=1, data={'a': 1})))
    attempt('date str', lambda: op.execute(t.insert().values(id=2, made='2024-01-01')))
    attempt('mix', lambda: t.insert().values([{'id': 1}]).values(id=2))
    attempt('rows', lambda: op.execute(t.insert().values([{'id': 8, 'name': 'a'},
                                                          {'id': 9, 'name': 'b'}])))
    attempt('date ok', lambda: op.execute(t.update().where(t.c.made == None)
                                          .values(made=datetime.date(2020, 1, 1))))


def downgrade():
    op.drop_table('item')
