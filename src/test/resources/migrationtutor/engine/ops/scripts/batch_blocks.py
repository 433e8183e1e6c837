"""batch changes

Revision ID: 8c9d0e1f2a3b
Revises: 3d4e5f6a7b8c
Create Date: 2024-03-12 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '8c9d0e1f2a3b'
down_revision = '3d4e5f6a7b8c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email', sa.String(length=120), nullable=True))
        batch_op.create_index(batch_op.f('ix_user_email'), ['email'], unique=True)
        batch_op.drop_column('legacy')

    with op.batch_alter_table(
        'post',
        recreate='always',
        copy_from=sa.Table('post', sa.MetaData(), sa.Column('id', sa.Integer, primary_key=True),
                           sa.Column('title', sa.String(50))),
        table_args=(sa.CheckConstraint('length(title) > 0', name='ck_title'),),
        table_kwargs={'sqlite_autoincrement': True},
        naming_convention={'uq': 'uq_%(table_name)s_%(column_0_name)s'},
        partial_reordering=[('id', 'title')],
    ) as b:
        b.add_column(sa.Column('slug', sa.String(50), unique=True), insert_after='title')
        b.alter_column('title', new_column_name='headline', existing_type=sa.String(50),
                       nullable=False, insert_before='id')
        b.execute("UPDATE post SET slug = id")
        b.create_unique_constraint('uq_post_slug', ['slug'])
        b.create_foreign_key('fk_post_user', 'user', ['user_id'], ['id'], ondelete='CASCADE')
        b.create_check_constraint('ck_post_len', 'length(headline) > 2')
        b.create_primary_key('pk_post', ['id'])
        b.drop_constraint('uq_old', type_='unique')
        b.drop_index('ix_post_old')
        b.create_table_comment('posts')
        b.drop_table_comment(existing_comment='posts')


def downgrade() -> None:
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_email'))
        batch_op.alter_column('flag', type_=sa.Boolean(create_constraint=True, name='ck_flag'),
                              existing_type=sa.Enum('y', 'n', create_constraint=True,
                                                    name='ck_yn'),
                              server_default=None)
