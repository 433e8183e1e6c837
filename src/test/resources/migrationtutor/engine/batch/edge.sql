-- Tables written by hand rather than by SQLAlchemy: inline constraints, quoted names, implicit
-- referred columns, deferrable keys and table options, which reflection reads in its own ways.
CREATE TABLE parents (
	pid INTEGER PRIMARY KEY AUTOINCREMENT,
	"Display Name" TEXT NOT NULL UNIQUE,
	code CHAR(3) CONSTRAINT uq_code UNIQUE,
	CONSTRAINT "quoted ck" CHECK (length(code) = 3)
);
CREATE TABLE children (
	id INTEGER NOT NULL,
	parent_id INTEGER REFERENCES parents ON DELETE CASCADE,
	parent_code CHAR(3),
	other INTEGER,
	CONSTRAINT pk_children PRIMARY KEY (id),
	CONSTRAINT fk_code FOREIGN KEY (parent_code) REFERENCES "parents" ("code") DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY(other) REFERENCES parents (pid) ON UPDATE NO ACTION ON DELETE SET NULL
);
CREATE TABLE "weird name" (
	"from" INTEGER NOT NULL,
	"a""b" TEXT,
	x INTEGER CHECK (x > 0),
	PRIMARY KEY ("from")
) WITHOUT ROWID;
CREATE INDEX "ix weird" ON "weird name" ("a""b" DESC, x);
INSERT INTO parents ("Display Name", code) VALUES ('One', 'ONE');
INSERT INTO parents ("Display Name", code) VALUES ('Two', 'TWO');
INSERT INTO children (id, parent_id, parent_code, other) VALUES (1, 1, 'ONE', 2);
INSERT INTO "weird name" ("from", "a""b", x) VALUES (5, 'q"q', 1);
