/**
 * The sandbox's tools: alembic (the embedded engine, also behind uv, poetry, pipenv and python -m),
 * sqlite3 (the emulation, with a resolver confined to the workspace), make (a Makefile's recipes
 * run through the same shell) and the editor commands. {@link
 * migrationtutor.sandbox.shell.tools.ToolCommands#registerAll} is the full command set.
 */
package migrationtutor.sandbox.shell.tools;
