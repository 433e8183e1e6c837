"""operation mistakes a learner makes, each caught and printed

Evaluated tolerantly: strict revision scripts may not use try/except.
"""
from alembic import op
import sqlalchemy as sa

revision = '4e5f6a7b8c9d'
down_revision = None


def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))


def upgrade():
    op.create_table('t', sa.Column('id', sa.Integer, primary_key=True), sa.Column('a', sa.Integer))
    attempt(lambda: op.add_column('t'))
    attempt(lambda: op.add_column('t', 1, 2, 3))
    attempt(lambda: op.add_column('t', 'x'))
    attempt(lambda: op.add_column('t', sa.Column(sa.Integer)))
    attempt(lambda: op.add_column('t', sa.Column('x', sa.Integer), foo=1))
    attempt(lambda: op.create_table())
    attempt(lambda: op.create_table('t2', sa.Column('a', sa.Integer), foo=1))
    attempt(lambda: op.create_table('t3', sa.Column('a', sa.Integer), sa.PrimaryKeyConstraint('b')))
    attempt(lambda: op.create_table('t4', sa.Column('a', sa.Integer), sa.Index('ix_t4_b', 'b')))
    attempt(lambda: op.create_table('t5', sa.Column('a', sa.Integer),
                                    sa.ForeignKeyConstraint(['a'], ['u.id', 'v.id'])))
    attempt(lambda: op.create_table('t6', sa.Column('a', sa.Integer), sa.Column('a', sa.String)))
    attempt(lambda: op.create_index('ix', 't'))
    attempt(lambda: op.create_index('ix_t_a', 't', ['a'], foo=1))
    attempt(lambda: op.create_index('ix_t_a2', 't', ['a'], sqlite_where='a > 5'))
    attempt(lambda: op.create_index('ix_t_a3', 't', [5]))
    attempt(lambda: op.drop_index('ix_nope', 't', foo=1))
    attempt(lambda: op.drop_constraint('c', 't', type_='uniq'))
    attempt(lambda: op.drop_constraint('c', 't'))
    attempt(lambda: op.create_unique_constraint('uq', 't', ['a'], foo=1))
    attempt(lambda: op.create_foreign_key('fk', 't', 'u', ['a'], ['id']))
    attempt(lambda: op.create_check_constraint('ck', 't', 'a > 0'))
    attempt(lambda: op.create_primary_key('pk', 't', ['a']))
    attempt(lambda: op.execute(sa.text("SELECT :x").bindparams(y=1)))
    attempt(lambda: op.execute(5))
    attempt(lambda: op.bulk_insert(sa.table('t', sa.column('a')), {'a': 1}))
    attempt(lambda: op.bulk_insert(sa.table('t', sa.column('a')), [1]))
    attempt(lambda: op.bulk_insert('t', [{'a': 1}]))
    attempt(lambda: op.bulk_insert(sa.table('t', sa.column('a')), [{'a': 1}]))
    attempt(lambda: op.bulk_insert(sa.table('t', sa.column('a', sa.Integer)), [{'b': 1}]))
    attempt(lambda: op.alter_column('t', 'a', comment='x'))
    attempt(lambda: op.create_table_comment('t', None))
    attempt(lambda: op.drop_table('t', foo=1))
    attempt(lambda: op.batch_alter_table('t', recreate='sometimes').__enter__())
    attempt(lambda: op.get_bind().execute(sa.text('SELECT 1')))
    print(op.f('ix_a'), op.f(None))
    attempt(lambda: op.nosuch('t'))
