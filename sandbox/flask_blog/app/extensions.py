from flask_sqlalchemy import SQLAlchemy

# The one SQLAlchemy object of the app; every model inherits from db.Model, and db.metadata
# knows all their tables (that is what Alembic's env.py compares with the database).
db = SQLAlchemy()
