"""A small FastAPI app."""
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException

from .db import SessionLocal, engine
from . import models

counter = 0


@asynccontextmanager
async def lifespan(app: FastAPI):
    models.Base.metadata.create_all(bind=engine)
    yield


app = FastAPI(lifespan=lifespan)


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/todos/{todo_id}")
async def read_todo(todo_id: int, db=Depends(get_db)) -> dict:
    global counter
    counter += 1
    if (todo := db.get(models.Todo, todo_id)) is None:
        raise HTTPException(status_code=404, detail=f"Todo {todo_id} not found")
    return {"id": todo.id, "title": todo.title, **todo.extra}


@app.get("/todos")
def list_todos(skip: int = 0, limit: int = 10, db=Depends(get_db)):
    todos = db.query(models.Todo).all()[skip:skip + limit]
    evens, *rest = todos[::2], todos[1::2]
    assert 0 <= limit <= 100, "limit out of range"
    result = []
    for t in todos:
        if t.title is not None and t.title not in ("", None):
            result.append(t)
        elif t.done:
            continue
        else:
            break
    else:
        pass
    i = 0
    while i < len(rest):
        del rest[i]
        i += 1
    try:
        total = len(result) / len(todos)
    except ZeroDivisionError as exc:
        raise ValueError("no todos") from exc
    except (TypeError, KeyError):
        total = 0
    else:
        total = round(total, 2)
    return {"items": result, "total": total, "evens": evens}
