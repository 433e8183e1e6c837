from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

# The app and Alembic both use this SQLite file, next to main.py.
SQLALCHEMY_DATABASE_URL = "sqlite:///./database.db"

engine = create_engine(
    SQLALCHEMY_DATABASE_URL, connect_args={"check_same_thread": False}
)
SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)

# Every model class inherits from Base; Base.metadata knows all their tables.
Base = declarative_base()
