"""The blog: a Flask app factory. `flask --app app run` starts it in a real project."""
import os

from dotenv import load_dotenv
from flask import Flask

from app.extensions import db

load_dotenv()


def create_app() -> Flask:
    app = Flask(__name__)
    # The app uses the pooled connection; migrations use DIRECT_URL (see alembic/env.py).
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    db.init_app(app)

    from app import routes  # noqa: F401  (registers the views)

    app.register_blueprint(routes.bp)
    return app
