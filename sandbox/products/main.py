"""The products API: a small FastAPI app on the model in app/models.py.

Run it with `uvicorn main:app --reload` in a real project. In the tutor it is here to read: the
schema is managed by Alembic (alembic/versions/), so every change to a model needs a migration.
"""
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.core.database import SessionLocal
from app.models import Product

app = FastAPI(title="Products")


class ProductIn(BaseModel):
    name: str
    description: Optional[str] = None
    price: float
    stock: int = 0


class ProductOut(ProductIn):
    id: int

    class Config:
        orm_mode = True


def get_db():
    """One session per request, closed when the request is done."""
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_product_or_404(db: Session, product_id: int) -> Product:
    product = db.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Product not found")
    return product


@app.post("/products", response_model=ProductOut, status_code=status.HTTP_201_CREATED)
def create_product(body: ProductIn, db: Session = Depends(get_db)):
    product = Product(**body.dict())
    db.add(product)
    db.commit()
    db.refresh(product)
    return product


@app.get("/products", response_model=List[ProductOut])
def list_products(db: Session = Depends(get_db)):
    return db.query(Product).order_by(Product.id).all()


@app.get("/products/{product_id}", response_model=ProductOut)
def get_product(product_id: int, db: Session = Depends(get_db)):
    return get_product_or_404(db, product_id)


@app.delete("/products/{product_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_product(product_id: int, db: Session = Depends(get_db)):
    db.delete(get_product_or_404(db, product_id))
    db.commit()
