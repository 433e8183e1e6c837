package migrationtutor.sandbox.shell.tools;

import migrationtutor.sandbox.shell.CommandInfo;
import migrationtutor.sandbox.shell.CommandRegistry;
import migrationtutor.sandbox.shell.builtin.Builtins;
import migrationtutor.sandbox.shell.files.FileCommands;

/**
 * The tools of the sandbox (alembic and its launchers, sqlite3, make, the editor commands), and
 * {@link #registerAll}, the full command set every front end gives its {@code Shell}.
 */
public final class ToolCommands {
  private ToolCommands() {}

  /** Registers the builtins, the file commands and the tools. */
  public static void registerAll(CommandRegistry r) {
    Builtins.register(r);
    FileCommands.register(r);
    register(r);
  }

  /** Registers the tools. */
  public static void register(CommandRegistry r) {
    Alembic alembic = new Alembic();
    r.add(
        new CommandInfo(
            "alembic",
            "alembic [-c CONFIG] COMMAND ...",
            "database migrations (init, revision, upgrade, downgrade, current, history, ...)"),
        alembic);
    r.add(
        new CommandInfo("uv", "uv run alembic ...", "alembic, as uv starts it"),
        new PythonRunner("uv", "run", alembic));
    r.add(
        new CommandInfo("poetry", "poetry run alembic ...", "alembic, as poetry starts it"),
        new PythonRunner("poetry", "run", alembic));
    r.add(
        new CommandInfo("pipenv", "pipenv run alembic ...", "alembic, as pipenv starts it"),
        new PythonRunner("pipenv", "run", alembic));
    r.add(
        new CommandInfo("python", "python -m alembic ...", "alembic, as a Python module"),
        new PythonRunner("python", "-m", alembic));
    r.add(
        new CommandInfo("python3", "python3 -m alembic ...", "alembic, as a Python module"),
        new PythonRunner("python3", "-m", alembic));
    r.add(
        new CommandInfo(
            "sqlite3",
            "sqlite3 [OPTIONS] DATABASE [SQL | .COMMAND]...",
            "look inside an SQLite database (.tables, .schema, SELECT ...)"),
        new Sqlite3());
    r.add(
        new CommandInfo(
            "make",
            "make [-n] [-s] [TARGET] [NAME=VALUE]...",
            "run a Makefile target (make db-upgrade, make db-migrate MESSAGE=...)"),
        new Make());
    Edit edit = new Edit();
    r.add(
        new CommandInfo("edit", "edit FILE", "open a file in your editor ($VISUAL or $EDITOR)"),
        edit);
    for (String alias : new String[] {"nano", "vim", "vi", "code"}) {
      r.add(new CommandInfo(alias, alias + " FILE", "open a file in your editor, like edit"), edit);
    }
  }
}
