-- The starter database.db: what `alembic upgrade head` made from the first migration in
-- alembic/versions/ (the products table, its two indexes, and alembic_version at that revision),
-- and the five products the shop sells. The tutor builds database.db from this file; the CREATE
-- TABLE text is exactly what SQLAlchemy 1.4 wrote, because learners read it back with .schema.
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('5594cdf4dab6');
CREATE TABLE products (
	id INTEGER NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	description TEXT, 
	price FLOAT NOT NULL, 
	stock INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_products_id ON products (id);
CREATE INDEX ix_products_name ON products (name);
INSERT INTO products (id, name, description, price, stock) VALUES (1, 'Espresso cup', 'Porcelain, 80 ml', 8.5, 24);
INSERT INTO products (id, name, description, price, stock) VALUES (2, 'French press', '1 litre, glass', 34.9, 7);
INSERT INTO products (id, name, description, price, stock) VALUES (3, 'Coffee beans', NULL, 12.5, 40);
INSERT INTO products (id, name, description, price, stock) VALUES (4, 'Milk frother', 'Battery powered', 19.99, 0);
INSERT INTO products (id, name, description, price, stock) VALUES (5, 'Tea sampler', NULL, 14.75, 100);
