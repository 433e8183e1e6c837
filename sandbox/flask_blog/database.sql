-- The starter database.db: empty, no tables at all, as a new Supabase project's database is
-- before its first migration. The tutor builds database.db from this file, as
-- `sqlite3 database.db < database.sql` would. Reading the schema version is what makes sqlite3
-- create the file (an empty one, which SQLite reads as an empty database).
PRAGMA schema_version;
