"""Models in SQLAlchemy 1.x style (Column)."""
import datetime
import enum

import sqlalchemy as sa
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Level(enum.Enum):
    LOW = 1
    HIGH = 2


class User(Base):
    __tablename__ = "user"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_user_name"), {"sqlite_autoincrement": True})

    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False, index=True)
    created_at = Column(sa.DateTime, default=datetime.datetime.utcnow)
    posts = relationship("Post", back_populates="author", cascade="all, delete-orphan")

    @property
    def display_name(self):
        """The name, capitalised."""
        return self.name.title() if self.name else "<anonymous>"

    def __repr__(self):
        return "<User %r>" % (self.name,)


class Post(Base):
    __tablename__ = "post"

    id = Column(Integer, primary_key=True)
    author_id = Column(Integer, ForeignKey("user.id", ondelete="CASCADE"))
    level = Column(sa.Enum(Level), default=Level.LOW)
    tags = Column(sa.JSON, default=lambda: [])
    author = relationship("User", back_populates="posts")


INDEXES = [sa.Index(f"ix_{t}_id", *cols) for t, cols in {"user": ("id",), "post": ("id", "author_id")}.items()]
NAMES = {c.name for c in User.__table__.columns if not c.primary_key}
