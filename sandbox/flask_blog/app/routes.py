from flask import Blueprint, abort, jsonify

from app.models import Post

bp = Blueprint("blog", __name__)


@bp.get("/posts")
def list_posts():
    posts = Post.query.filter_by(published=True).order_by(Post.created_at.desc()).all()
    return jsonify([{"id": p.id, "title": p.title} for p in posts])


@bp.get("/posts/<int:post_id>")
def show_post(post_id: int):
    post = Post.query.get(post_id)
    if post is None:
        abort(404)
    return jsonify({"id": post.id, "title": post.title, "body": post.body})
