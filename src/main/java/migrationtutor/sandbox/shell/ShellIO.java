package migrationtutor.sandbox.shell;

import java.io.PrintStream;
import migrationtutor.sandbox.sqlite3.LineSource;

/**
 * What a front end gives the shell for one command line: where output goes, where input for
 * commands that read it ({@code sqlite3}, {@code read}, {@code cat}) comes from, and what kind of
 * terminal the learner has.
 *
 * @param out standard output
 * @param err standard error
 * @param in standard input; a command that prompts writes its prompt to {@code out} or {@code err}
 *     first, without a newline
 * @param interactive whether the learner types at a terminal (prompts, sqlite3's banner, Alembic's
 *     indented messages)
 * @param terminalOutput whether output is shown on a terminal ({@code ls} then prints columns)
 * @param width the terminal's width in columns (80 when unknown)
 * @param editor how {@code edit} and {@code alembic edit} open a file
 */
public record ShellIO(
    PrintStream out,
    PrintStream err,
    LineSource in,
    boolean interactive,
    boolean terminalOutput,
    int width,
    FileEditor editor) {}
