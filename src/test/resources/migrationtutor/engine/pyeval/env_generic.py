from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

# the Alembic Config object, giving access to the values in alembic.ini
config = context.config

# set up Python logging from the ini file
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# point this at your models' MetaData for autogenerate
target_metadata = None


def run_migrations_offline() -> None:
    """Run migrations in 'offline' mode.

    Only a URL is configured, no Engine, so no DBAPI is needed.
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


def run_migrations_online() -> None:
    """Run migrations in 'online' mode, with a connection."""
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
