"""data migrations with SQL expressions

Revision ID: 1a2b3c4d5e6f
Revises: d4e5f6a7b8c9
Create Date: 2024-03-12 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column

revision = '1a2b3c4d5e6f'
down_revision = 'd4e5f6a7b8c9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'todos',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('title', sa.String(100), nullable=False),
        sa.Column('priority', sa.Integer()),
        sa.Column('done', sa.Boolean(), nullable=False),
        sa.Column('price', sa.Float()),
        sa.Column('"key"', sa.String(10)),
    )
    todos = table(
        'todos',
        column('id', sa.Integer),
        column('title', sa.String),
        column('priority', sa.Integer),
        column('done', sa.Boolean),
        column('price', sa.Float),
        column('"key"', sa.String),
    )
    op.execute(todos.insert().values(id=1, title='Buy milk', done=False, price=2))
    op.execute(todos.insert().values({'id': 2, 'title': "o'clock", 'done': True}))
    op.execute(todos.insert().values([
        {'id': 3, 'title': 'a', 'done': False, 'price': 150.5},
        {'id': 4, 'title': 'b', 'done': True, 'price': 20},
    ]))
    op.execute(todos.update().where(todos.c.priority.is_(None)).values(priority=0))
    op.execute(todos.update().where(todos.c.priority == None).values(priority=1))
    op.execute(todos.update().values(title='x', priority=todos.c.priority + 1))
    op.execute(todos.update()
               .where(todos.c.id > 1)
               .where(sa.or_(todos.c.title != 'x', todos.c.price >= 5, todos.c.price < 1))
               .values({'priority': todos.c.priority * 2 + 1}))
    op.execute(todos.update().where(todos.c.id.in_([1, 2, 3])).values(done=True))
    op.execute(todos.update().where(todos.c.id.notin_([1, 2])).values(done=False))
    op.execute(todos.update().where(todos.c.id.not_in([])).values(done=False))
    op.execute(todos.update().where(todos.c.id.in_([])).values(done=False))
    op.execute(todos.update().where(todos.c.done).values(price=(todos.c.price + 1) * 2))
    op.execute(todos.update().where(sa.not_(todos.c.done)).values(price=-todos.c.price))
    op.execute(todos.update().where(~(todos.c.id == 3)).values(price=2 * todos.c.price))
    op.execute(todos.update().where(sa.not_(sa.and_(todos.c.id == 3, todos.c.done == True)))
               .values(title=todos.c.title + '!'))
    op.execute(todos.update().where(todos.c.title.like('B%')).values(title='y' + todos.c.title))
    op.execute(todos.update().where(todos.c.title.notlike('%x%') | (todos.c.id == 4))
               .values(title=sa.func.upper(todos.c.title)))
    op.execute(todos.update().where(todos.c.title.isnot(None) & (5 > todos.c.id)).values(
        priority=sa.case((todos.c.price > 100, 10), (todos.c.price > 10, 5), else_=0)))
    op.execute(todos.update().values(
        priority=sa.case([(todos.c.price.is_(None), -1)], else_=todos.c.priority)))
    op.execute(todos.update().values(
        title=sa.case({1: 'one', 2: 'two'}, value=todos.c.id, else_=todos.c.title)))
    op.execute(todos.update().where(todos.c.id.between(1, 2)).values(
        title=sa.func.coalesce(todos.c.title, 'none'), price=sa.null()))
    op.execute(todos.update().where(todos.c.title.ilike('X%')).values(
        title=sa.literal_column("'lit'"), done=sa.true()))
    op.execute(todos.update().where(todos.c.title == op.inline_literal('lit')).values(
        {'title': op.inline_literal("it's")}))
    op.execute(todos.update().where(todos.c.done.is_(True)).values(priority=todos.c.id % 3))
    op.execute(todos.update().where(todos.c.done != False).values(
        priority=todos.c.id - (todos.c.id - 1), price=todos.c.price / 2))
    op.execute(todos.update().where(sa.text("id = :i").bindparams(i=4)).values(priority=44))
    op.execute(todos.update().where(todos.c['"key"'].is_(None)).values({todos.c['"key"']: 'k'}))
    op.execute(sa.update(todos).where(todos.c.id == 1).values(done=False))
    op.execute(sa.insert(todos).values(id=5, title='new', done=True, priority=op.inline_literal(3)))
    op.execute(todos.delete().where(todos.c.id == 3))
    op.execute(sa.delete(todos).where(sa.and_(todos.c.id >= 4, todos.c.priority < 100)))
    print(todos.update().where(todos.c.id == 1).values(title='t'))
    print(todos.c.id.in_([1, 2]))
    print(todos.c.id == 1, todos.c.title + 'x', sa.and_(todos.c.id == 1, todos.c.done))
    print(repr(todos.delete()), bool(todos.c.id == todos.c.id))
    conn = op.get_bind()
    conn.execute(todos.update().values(price=1.5))


def downgrade():
    todos = sa.table('todos', sa.column('id', sa.Integer))
    op.execute(todos.delete())
    op.drop_table('todos')
