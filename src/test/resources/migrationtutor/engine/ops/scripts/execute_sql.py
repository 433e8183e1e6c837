"""data fixes

Revision ID: d4e5f6a7b8c9
Revises: c3d4e5f6a7b8
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import text

revision = 'd4e5f6a7b8c9'
down_revision = 'c3d4e5f6a7b8'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            email VARCHAR(100),
            balance NUMERIC(10, 2),
            note TEXT
        )
    """)
    op.execute("INSERT INTO account (id, email, balance) VALUES (1, 'A@EXAMPLE.ORG', 10.5)")
    op.execute(
        sa.text("UPDATE account SET email = lower(email) WHERE id = :id").bindparams(id=1)
    )
    op.execute(text("INSERT INTO account (id, email, balance, note) "
                    "VALUES (:id, :email, :balance, :note)")
               .bindparams(id=2, email="o'hara@example.org", balance=2.25, note=None))
    op.execute(sa.text("UPDATE account SET note = 'time\\:12' WHERE id = 2"))
    op.execute("UPDATE account SET note = 'x' WHERE id = 1", execution_options={'a': 1})
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE account SET balance = balance + 1"))
    op.execute("\tUPDATE account SET note = NULL   \n")


def downgrade():
    op.execute("DROP TABLE account")
