from __future__ import annotations

import enum
from datetime import datetime
from typing import List, Optional

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Level(enum.Enum):
    LOW = "low"
    HIGH = "high"


class Todo(Base):
    __tablename__ = "todo"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[Optional[str]]
    due: datetime | None = None
    level: Mapped[Level] = mapped_column(default=Level.LOW)
    created: Mapped[datetime] = mapped_column(server_default=func.now())
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    owner: Mapped[Optional["User"]] = relationship(back_populates="todos")

    def __init__(self, title: str, *tags: str, level: Level = Level.LOW, **kwargs) -> None:
        super().__init__(title=title, level=level, **kwargs)
        self.tags = [*tags]


class User(Base):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    todos: Mapped[List[Todo]] = relationship(back_populates="owner", order_by=Todo.id)

    @classmethod
    def named(cls, name: str, /) -> "User":
        return cls(name=name)
