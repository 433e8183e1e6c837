-- The starter database.db: the tables Base.metadata.create_all() made before the project used
-- Alembic, and a few rows. The tutor builds database.db from this file; the CREATE TABLE text is
-- exactly what SQLAlchemy 1.4 wrote, because learners read it back with .schema.
CREATE TABLE todos (
	id INTEGER NOT NULL, 
	title VARCHAR(255) NOT NULL, 
	description TEXT, 
	is_completed BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE todo_idempotency_keys (
	id INTEGER NOT NULL, 
	"key" VARCHAR(255) NOT NULL, 
	todo_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key"), 
	FOREIGN KEY(todo_id) REFERENCES todos (id)
);
INSERT INTO todos (id, title, description, is_completed, created_at) VALUES (1, 'Buy milk', '2 litres', 0, '2024-01-01 09:00:00.000000');
INSERT INTO todos (id, title, description, is_completed, created_at) VALUES (2, 'Write report', NULL, 1, '2024-01-02 10:30:00.000000');
INSERT INTO todos (id, title, description, is_completed, created_at) VALUES (3, 'Call mom', 'Sunday', 0, '2024-01-03 18:15:00.000000');
INSERT INTO todo_idempotency_keys (id, "key", todo_id, created_at) VALUES (1, 'req-0001', 1, '2024-01-01 09:00:01.000000');
