CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES('3f1c2b7d9a10');
CREATE TABLE todo_idempotency_keys (
	id INTEGER NOT NULL, 
	"key" VARCHAR(255) NOT NULL, 
	todo_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key"), 
	FOREIGN KEY(todo_id) REFERENCES todos (id)
);
CREATE TABLE "todos" (
	id INTEGER NOT NULL, 
	title VARCHAR(255) NOT NULL, 
	description TEXT, 
	is_completed BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	due_date DATETIME, 
	PRIMARY KEY (id)
);
INSERT INTO todos VALUES(1,'Buy milk','2 litres',0,'2024-01-01 09:00:00.000000',NULL);
INSERT INTO todos VALUES(2,'Write report',NULL,1,'2024-01-02 10:30:00.000000','2024-02-01 00:00:00.000000');
INSERT INTO todos VALUES(3,'Call mom','Sunday',0,'2024-01-03 18:15:00.000000',NULL);
INSERT INTO todo_idempotency_keys VALUES(1,'req-0001',1,'2024-01-01 09:00:01.000000');
CREATE INDEX ix_todos_due_date ON todos (due_date);
