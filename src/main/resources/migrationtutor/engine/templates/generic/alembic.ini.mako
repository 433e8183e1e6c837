# Alembic settings for a project with a single database.

[alembic]
# Where the migration environment lives: env.py, script.py.mako and versions/.
script_location = ${script_location}

# How new revision files are named. The default is %%(rev)s_%%(slug)s.
# To start file names with the date and time instead, use for example:
# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s
# (tokens: rev, slug, epoch, year, month, day, hour, minute, second)

# Put on sys.path before env.py runs, so env.py can import your application
# ("from app.models import Base"). Several paths are separated by spaces or commas.
prepend_sys_path = .

# Time zone for the Create Date of new revisions and for date tokens in
# file_template. Empty means local time.
# timezone =

# Longest slug (the file-name part made from -m "message").
# truncate_slug_length = 40

# Set to true to run env.py for 'alembic revision' even without --autogenerate.
# revision_environment = false

# Set to true to load revisions from .pyc/.pyo files that have no .py source.
# sourceless = false

# Folders that hold revision files, separated as version_path_separator says.
# The default is the versions/ folder inside script_location.
# version_locations = %(here)s/bar:%(here)s/bat:alembic/versions

# The separator used in version_locations: os (the system path separator),
# ":", ";" or space. Alembic 1.8 reads everything after "=" on this line as the
# value, comment included; remove the comment before using version_locations.
version_path_separator = os  # os.pathsep, the default for new projects.

# Encoding of the revision files written from script.py.mako.
# output_encoding = utf-8

# The database migrations run against.
sqlalchemy.url = driver://user:pass@localhost/dbname


[post_write_hooks]
# Commands run on each newly written revision file, such as a code formatter.
# hooks = black
# black.type = console_scripts
# black.entrypoint = black
# black.options = -l 79 REVISION_SCRIPT_FILENAME

# Logging: what the alembic command prints while it works.
[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
