package migrationtutor.sandbox.shell.builtin;

import migrationtutor.sandbox.shell.CommandInfo;
import migrationtutor.sandbox.shell.CommandRegistry;

/** The shell's own commands: directories, variables, history, help, undo and leaving. */
public final class Builtins {
  private Builtins() {}

  /** Registers the builtins. */
  public static void register(CommandRegistry r) {
    r.add(
        new CommandInfo("cd", "cd [DIR]", "change directory (cd alone: the workspace root)"),
        new Cd());
    r.add(new CommandInfo("pwd", "pwd", "print the current directory"), new Pwd());
    r.add(
        new CommandInfo(
            "echo",
            "echo [-n] [-e] [TEXT]...",
            "print text; with > FILE or >> FILE, write it into a file"),
        new Echo());
    r.add(
        new CommandInfo(
            "export",
            "export NAME=VALUE",
            "set an environment variable that alembic's env.py can read"),
        new Export(false));
    r.add(new CommandInfo("unset", "unset NAME", "remove a variable"), new Export(true));
    r.add(new CommandInfo("env", "env", "print the environment variables commands see"), new Env());
    r.add(
        new CommandInfo(
            "read",
            "read [-r] [-p PROMPT] NAME",
            "read a line of input into a variable (used by Makefile recipes)"),
        new Read());
    r.add(
        new CommandInfo("test", "test EXPR", "check a condition (strings, numbers, files)"),
        new Test(false));
    r.add(new CommandInfo("[", "[ EXPR ]", "check a condition, like test"), new Test(true));
    r.add(new CommandInfo("true", "true", "do nothing, successfully"), new Status(0));
    r.add(new CommandInfo("false", "false", "do nothing, unsuccessfully"), new Status(1));
    r.add(
        new CommandInfo(
            "history",
            "history [N] | history -c",
            "list the commands you typed (kept between sessions)"),
        new History());
    r.add(
        new CommandInfo("help", "help [COMMAND]", "list the commands, or explain one"), new Help());
    r.add(new CommandInfo("clear", "clear", "clear the screen"), new Clear());
    r.add(
        new CommandInfo(
            "undo", "undo", "take back the last command that changed files or the database"),
        new Undo());
    r.add(new CommandInfo("exit", "exit [N]", "leave the tutor (your work is kept)"), new Exit());
    r.add(new CommandInfo("quit", "quit", "leave the tutor (your work is kept)"), new Exit());
  }
}
