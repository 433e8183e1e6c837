"""an Enum column from a Python enum class

Evaluated tolerantly: classes belong in models, which are evaluated tolerantly.
"""
import enum

from alembic import op
import sqlalchemy as sa

revision = '6a7b8c9d0e1f'
down_revision = None


class Level(enum.Enum):
    LOW = 'low'
    MEDIUM = 'medium'
    HIGH = 'high'
    DEFAULT = 'medium'

    def describe(self):
        return self.value


class Size(str, enum.Enum):
    S = 'small'
    XL = 'extra large'


def upgrade():
    print(repr(sa.Enum(Level)))
    print(repr(sa.Enum(Level, omit_aliases=True)))
    print(repr(sa.Enum(Size, values_callable=lambda cls: [m.value for m in cls])))
    op.create_table(
        'ticket',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('level', sa.Enum(Level, create_constraint=True), nullable=False),
        sa.Column('size', sa.Enum(Size, values_callable=lambda cls: [m.value for m in cls],
                                  native_enum=False, length=20)),
    )
    op.bulk_insert(sa.table('ticket', sa.column('id', sa.Integer),
                            sa.column('level', sa.Enum(Level))),
                   [{'id': 1, 'level': 'LOW'}])
