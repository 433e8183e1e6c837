-- A shop catalogue with every element kind batch mode has to carry over: named and unnamed
-- UNIQUE and CHECK constraints, foreign keys with ON DELETE / ON UPDATE, a composite primary key,
-- single, multi-column, unique and partial indexes, server defaults and types SQLite only knows
-- by affinity.
CREATE TABLE categories (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_categories_name UNIQUE (name)
);
CREATE INDEX ix_categories_lower_name ON categories (lower(name));
CREATE TABLE products (
	id INTEGER NOT NULL, 
	sku VARCHAR(20) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	price FLOAT, 
	cost NUMERIC(10, 2), 
	stock INTEGER DEFAULT 0 NOT NULL, 
	rating REAL DEFAULT 2.5, 
	status VARCHAR(10) DEFAULT 'active' NOT NULL, 
	added_on DATETIME DEFAULT CURRENT_TIMESTAMP, 
	category_id INTEGER, 
	parent_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (sku), 
	CONSTRAINT uq_products_name_category UNIQUE (name, category_id), 
	CONSTRAINT fk_products_category FOREIGN KEY(category_id) REFERENCES categories (id) ON DELETE CASCADE ON UPDATE SET NULL, 
	FOREIGN KEY(parent_id) REFERENCES products (id), 
	CONSTRAINT ck_products_stock CHECK (stock >= 0), 
	CHECK (price > 0)
);
CREATE INDEX ix_products_name ON products (name);
CREATE INDEX ix_products_category_status ON products (category_id, status);
CREATE UNIQUE INDEX ix_products_sku_lower ON products (sku, name);
CREATE INDEX ix_products_active ON products (name) WHERE status = 'active';
CREATE TABLE order_lines (
	order_id INTEGER NOT NULL, 
	line_no INTEGER NOT NULL, 
	product_id INTEGER NOT NULL, 
	qty INTEGER DEFAULT 1 NOT NULL, 
	PRIMARY KEY (order_id, line_no), 
	FOREIGN KEY(product_id) REFERENCES products (id)
);
CREATE TABLE oddities (
	a STRING, 
	b MONEY, 
	c DOUBLE PRECISION, 
	d VARCHAR (20), 
	e NVARCHAR(30), 
	f BIGINT, 
	g DECIMAL(8, 3), 
	h BOOL, 
	i TIMESTAMP, 
	j DATE, 
	k TIME, 
	l BLOB, 
	m, 
	n INT, 
	o JSON, 
	p CHARACTER(5), 
	q CLOB, 
	r FLOAT(53), 
	s INTEGER(11), 
	t TEXT DEFAULT (lower('X')), 
	u INTEGER DEFAULT -1, 
	v VARCHAR DEFAULT 'it''s'
);
INSERT INTO categories (id, name) VALUES (1, 'Tea');
INSERT INTO categories (id, name) VALUES (2, 'Coffee');
INSERT INTO products (id, sku, name, price, cost, stock, rating, status, added_on, category_id, parent_id) VALUES (1, 'T-1', 'Green tea', 4.5, 2.25, 10, 4.0, 'active', '2024-01-01 10:00:00', 1, NULL);
INSERT INTO products (id, sku, name, price, cost, stock, rating, status, added_on, category_id, parent_id) VALUES (2, 'C-1', 'Espresso', 3.0, 1.5, 0, NULL, 'retired', '2024-02-01 11:00:00', 2, NULL);
INSERT INTO products (id, sku, name, price, cost, stock, rating, status, added_on, category_id, parent_id) VALUES (3, 'T-2', 'Green tea', 6.75, NULL, 3, 3.5, 'active', '2024-03-01 12:00:00', 2, 1);
INSERT INTO order_lines (order_id, line_no, product_id, qty) VALUES (1, 1, 1, 2);
INSERT INTO order_lines (order_id, line_no, product_id, qty) VALUES (1, 2, 3, 1);
INSERT INTO oddities (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s) VALUES ('a', 12, 1.5, 'd', 'e', 9007199254740993, 1.125, 1, '2024-01-01 00:00:00', '2024-01-01', '10:00:00', X'00ff', 'm', 7, '{"k": 1}', 'p', 'q', 2.5, 11);
