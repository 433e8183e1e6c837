"""edge cases a learner can hit, each caught and printed

Evaluated tolerantly: strict revision scripts may not use try/except.
"""
from alembic import op
import sqlalchemy as sa

revision = '9d0e1f2a3b4c'
down_revision = None


def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))


def upgrade():
    attempt(lambda: op.create_table('a', sa.Column('id', sa.Integer, primary_key=True)))
    attempt(lambda: op.create_table('b', sa.Column('a_id', sa.ForeignKey('a.id'))))
    attempt(lambda: op.create_table('c', sa.Column('x', sa.Integer, nullable=None)))
    attempt(lambda: op.create_table('d', sa.Column('x', sa.Integer, primary_key=True,
                                                   autoincrement=False),
                                    sa.Column('y', sa.String(5), primary_key=True)))
    attempt(lambda: op.create_table('e', sa.Column('x', sa.Integer),
                                    sa.PrimaryKeyConstraint(name='pk_e')))
    attempt(lambda: op.create_table('f', sa.Column('x', sa.Integer, primary_key=True),
                                    sa.PrimaryKeyConstraint('x', name='pk_f'),
                                    sqlite_with_rowid=False))
    attempt(lambda: op.create_table('g', sa.Column('x', sa.Enum('a', 'bbb', native_enum=False,
                                                                  length=10))))
    attempt(lambda: op.create_table('h', sa.Column('x', sa.Text, server_default='it''s'),
                                    sa.Column('y', sa.Integer, default=5, onupdate=6)))
    attempt(lambda: op.create_table('i', sa.Column('when', sa.DateTime,
                                                      server_default=sa.func.now()),
                                    sa.Column('order', sa.Integer), comment='table comment'))
    attempt(lambda: op.add_column('a', sa.Column('z', sa.Integer, primary_key=True)))
    attempt(lambda: op.add_column('a', sa.Column('w', sa.Integer, sa.CheckConstraint('w > 0'))))
    attempt(lambda: op.add_column('a', sa.Column('v', sa.String(5), server_default=sa.text("'x'"),
                                                 nullable=False)))
    attempt(lambda: op.create_index('ix_a_vw', 'a', 'vw'))
    attempt(lambda: op.create_index('ix_a_v2', 'a', ('v',), unique=1))
    attempt(lambda: op.drop_index('ix_a_vw'))
    attempt(lambda: op.execute(sa.text("SELECT :a, :b").bindparams(a=True, b=None)))
    attempt(lambda: op.execute("SELECT ':not_a_param', :p"))
    attempt(lambda: op.bulk_insert(sa.table('a', sa.column('id', sa.Integer),
                                            sa.column('v', sa.String)),
                                   [{'id': 10, 'v': 'ten'}, {'id': 11}]))
    attempt(lambda: op.bulk_insert(sa.table('a', sa.column('id', sa.Integer)), [{}]))
    attempt(lambda: op.alter_column('a', 'v', server_default=sa.func.now()))
    attempt(lambda: op.alter_column('a', 'v', type_=sa.String(10), existing_type=sa.String(5)))
    attempt(lambda: op.drop_constraint(None, 'a', type_='foreignkey'))
    attempt(lambda: op.rename_table('i', 'j'))
    attempt(lambda: op.drop_table('j'))
