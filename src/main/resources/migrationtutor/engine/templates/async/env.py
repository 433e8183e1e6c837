"""The migration environment for an async database driver (asyncio).

Alembic runs this file for every command that needs the database. The
migrations themselves run synchronously inside connection.run_sync().
"""
import asyncio
from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from alembic import context

# The Alembic Config object: the values of alembic.ini.
config = context.config

# Configure Python logging from the [loggers], [handlers] and [formatters]
# sections of alembic.ini; this is what prints the INFO lines.
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# The MetaData of your models, which 'alembic revision --autogenerate'
# compares with the database. For example:
#     from myapp.models import Base
#     target_metadata = Base.metadata
target_metadata = None

# Other options from alembic.ini can be read the same way:
#     my_option = config.get_main_option("my_option")


def run_migrations_offline() -> None:
    """Run migrations in 'offline' mode (alembic ... --sql).

    Only the database URL is needed, not a connection: the SQL of each
    migration is written to standard output instead of being executed.
    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


def do_run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)

    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_online() -> None:
    """Run migrations in 'online' mode, against a live database.

    An async Engine is built from the sqlalchemy.* options of alembic.ini;
    the migrations run synchronously inside connection.run_sync().
    """
    connectable = AsyncEngine(
        engine_from_config(
            config.get_section(config.config_ini_section),
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
            future=True,
        )
    )

    async with connectable.connect() as connection:
        await connection.run_sync(do_run_migrations)

    await connectable.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_migrations_online())
