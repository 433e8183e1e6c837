"""unique constraint

Revision ID: 1b2c3d4e5f6a
Revises: 0a1b2c3d4e5f
Create Date: 2024-03-08 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '1b2c3d4e5f6a'
down_revision = '0a1b2c3d4e5f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('city', sa.Column('id', sa.Integer, primary_key=True),
                    sa.Column('name', sa.String(50)), sa.Column('country', sa.String(2)))
    op.create_unique_constraint('uq_city_name_country', 'city', ['name', 'country'])
    op.drop_table('city')


def downgrade():
    op.drop_constraint('uq_city_name_country', 'city', type_='unique')
