"""The personal todo API: a small FastAPI app on the models in app/models.py.

Run it with `uvicorn main:app --reload` in a real project. In the tutor it is here to read:
the migrations you write must keep this code working.
"""
from datetime import datetime
from typing import List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.core.database import SessionLocal
from app.models import Todo, TodoIdempotencyKey

app = FastAPI(title="Personal Todo")


class TodoIn(BaseModel):
    title: str
    description: Optional[str] = None


class TodoUpdate(BaseModel):
    title: Optional[str] = None
    description: Optional[str] = None
    is_completed: Optional[bool] = None


class TodoOut(BaseModel):
    id: int
    title: str
    description: Optional[str]
    is_completed: bool
    created_at: datetime

    class Config:
        orm_mode = True


def get_db():
    """One session per request, closed when the request is done."""
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_todo_or_404(db: Session, todo_id: int) -> Todo:
    todo = db.get(Todo, todo_id)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@app.post("/todos", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
def create_todo(
    body: TodoIn,
    db: Session = Depends(get_db),
    idempotency_key: Optional[str] = Header(default=None),
):
    """Create a todo. Sending the same Idempotency-Key again returns the first todo."""
    if idempotency_key is not None:
        seen = (
            db.query(TodoIdempotencyKey)
            .filter(TodoIdempotencyKey.key == idempotency_key)
            .one_or_none()
        )
        if seen is not None:
            return get_todo_or_404(db, seen.todo_id)
    todo = Todo(title=body.title, description=body.description)
    db.add(todo)
    db.flush()
    if idempotency_key is not None:
        db.add(TodoIdempotencyKey(key=idempotency_key, todo_id=todo.id))
    db.commit()
    db.refresh(todo)
    return todo


@app.get("/todos", response_model=List[TodoOut])
def list_todos(completed: Optional[bool] = None, db: Session = Depends(get_db)):
    """All todos, oldest first; ?completed=true or false to filter."""
    query = db.query(Todo)
    if completed is not None:
        query = query.filter(Todo.is_completed == completed)
    return query.order_by(Todo.created_at, Todo.id).all()


@app.get("/todos/{todo_id}", response_model=TodoOut)
def get_todo(todo_id: int, db: Session = Depends(get_db)):
    return get_todo_or_404(db, todo_id)


@app.patch("/todos/{todo_id}", response_model=TodoOut)
def update_todo(todo_id: int, body: TodoUpdate, db: Session = Depends(get_db)):
    """Change the fields that are sent; leave the others as they are."""
    todo = get_todo_or_404(db, todo_id)
    for field, value in body.dict(exclude_unset=True).items():
        setattr(todo, field, value)
    db.commit()
    db.refresh(todo)
    return todo


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_todo(todo_id: int, db: Session = Depends(get_db)):
    todo = get_todo_or_404(db, todo_id)
    db.query(TodoIdempotencyKey).filter(TodoIdempotencyKey.todo_id == todo.id).delete()
    db.delete(todo)
    db.commit()
