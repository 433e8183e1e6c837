from sqlalchemy import Column, Float, Integer, String, Text

from app.core.database import Base


class Product(Base):
    """Something the shop sells."""

    __tablename__ = "products"

    id = Column(Integer, primary_key=True, index=True)
    name = Column(String(255), nullable=False, index=True)
    description = Column(Text, nullable=True)
    price = Column(Float, nullable=False)
    stock = Column(Integer, nullable=False, default=0)
