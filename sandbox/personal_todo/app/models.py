from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text

from app.core.database import Base


class Todo(Base):
    """One thing to do."""

    __tablename__ = "todos"

    id = Column(Integer, primary_key=True)
    title = Column(String(255), nullable=False)
    description = Column(Text, nullable=True)
    is_completed = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime, nullable=False, default=datetime.utcnow)


class TodoIdempotencyKey(Base):
    """A key sent by a client so that retrying a request does not create a second todo."""

    __tablename__ = "todo_idempotency_keys"

    id = Column(Integer, primary_key=True)
    key = Column(String(255), nullable=False, unique=True)
    todo_id = Column(Integer, ForeignKey("todos.id"), nullable=False)
    created_at = Column(DateTime, nullable=False, default=datetime.utcnow)
