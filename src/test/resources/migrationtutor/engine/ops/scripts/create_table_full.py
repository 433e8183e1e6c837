"""create every kind of column and constraint

Revision ID: a1b2c3d4e5f6
Revises:
Create Date: 2024-03-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a1b2c3d4e5f6'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'author',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(length=100), nullable=False, unique=True),
        sa.Column('email', sa.String(120), index=True),
        sa.Column('bio', sa.Text(), comment='a short text'),
        sqlite_autoincrement=True,
    )
    op.create_table(
        'book',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.Unicode(200), nullable=False),
        sa.Column('author_id', sa.Integer(), sa.ForeignKey('author.id', ondelete='CASCADE'),
                  nullable=False),
        sa.Column('price', sa.Numeric(10, 2), sa.CheckConstraint('price >= 0'),
                  server_default='0'),
        sa.Column('rating', sa.Float(), server_default=sa.text('2.5')),
        sa.Column('in_stock', sa.Boolean(create_constraint=True, name='ck_in_stock'),
                  server_default=sa.true(), nullable=False),
        sa.Column('archived', sa.BOOLEAN(), server_default=sa.false()),
        sa.Column('kind', sa.Enum('paper', 'ebook', 'audio', name='book_kind',
                                  create_constraint=True)),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column('updated_on', sa.Date, server_default=sa.func.current_date()),
        sa.Column('starts', sa.Time()),
        sa.Column('pages', sa.SmallInteger, server_default=sa.literal_column('100')),
        sa.Column('isbn', sa.CHAR(13)),
        sa.Column('cover', sa.LargeBinary()),
        sa.Column('meta', sa.JSON(), nullable=True),
        sa.Column('weight', sa.DECIMAL(6, 3)),
        sa.Column('reads', sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column('duration', sa.Interval()),
        sa.Column('code', sa.VARCHAR(10), server_default=sa.func.lower('ABC')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_book')),
        sa.UniqueConstraint('title', 'author_id', name='uq_book_title_author'),
        sa.ForeignKeyConstraint(['author_id'], ['author.id'], name='fk_book_author2',
                                onupdate='CASCADE'),
        sa.CheckConstraint('pages > 0', name='ck_book_pages'),
        sa.Index('ix_book_title', 'title'),
    )


def downgrade() -> None:
    op.drop_table('book')
    op.drop_table('author')
