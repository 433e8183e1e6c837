CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES('ae1027a6acf');
CREATE TABLE "todos" (
	id INTEGER NOT NULL, 
	title VARCHAR(255) NOT NULL, 
	description TEXT, 
	is_completed BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	priority INTEGER DEFAULT '0' NOT NULL, score FLOAT, data BLOB,
	PRIMARY KEY (id)
);
INSERT INTO todos VALUES(1,'Buy milk','2 litres',0,'2024-01-01 09:00:00.000000',1,3.14,x'00ff10');
INSERT INTO todos VALUES(2,'Write report',NULL,1,'2024-01-02 10:30:00.000000',2,NULL,NULL);
INSERT INTO todos VALUES(3,'Call mom','Sunday',0,'2024-01-03 18:15:00.000000',0,-0.5,x'');
INSERT INTO todos VALUES(4,'Unicode café ☕','tab	here
and newline',0,'2024-01-04',0,1e20,'text blob');
INSERT INTO todos VALUES(5,'It''s "quoted"',', comma',1,'2024-01-05',3,100.0,NULL);
INSERT INTO todos VALUES(6,'Tiny',NULL,0,'2024-01-06',0,0.1,NULL);
CREATE INDEX ix_todos_title ON todos (title);
CREATE INDEX ix_todos_open ON todos (created_at) WHERE is_completed = 0;
CREATE UNIQUE INDEX ux_prio ON todos(priority, id);
CREATE VIEW open_todos AS SELECT id, title FROM todos WHERE is_completed = 0;
CREATE TRIGGER trg AFTER INSERT ON todos BEGIN UPDATE todos SET priority = 0 WHERE id = new.id AND priority IS NULL; END;
CREATE TABLE t2(a INTEGER PRIMARY KEY AUTOINCREMENT, b);
INSERT INTO t2(b) VALUES ('x');
INSERT INTO t2(b) VALUES ('y');
