/**
 * The tutor's {@code sqlite3}: an emulation of the SQLite 3.40.1 command-line shell (Debian 12's
 * build, which the course materials show) on top of sqlite-jdbc, for the learner's sandbox. No
 * process is started; the tutor's shell calls {@link
 * migrationtutor.sandbox.sqlite3.Sqlite3Shell#run}.
 *
 * <h2>Calling it</h2>
 *
 * <pre>{@code
 * int status = Sqlite3Shell.run(Sqlite3Invocation.builder(List.of("database.db", ".tables"))
 *     .workingDirectory(learnerCwd)          // as the learner sees it; shown by .databases
 *     .resolver(path -> sandbox.resolve(path)) // typed name -> real file, empty = refused
 *     .stdin(List.of())                      // or LineSource for a live terminal
 *     .interactive(false)                    // true: prompts, banner, "Parse error:" wording
 *     .echoInput(true)                       // interactive only: write each line after its prompt
 *     .stdout(out).stderr(err)
 *     .build());
 * }</pre>
 *
 * <p>The arguments are those after {@code sqlite3}: {@code [OPTIONS] [FILENAME [SQL...]]}. With SQL
 * or dot-command arguments nothing is read from standard input; otherwise standard input is read
 * line by line, with the {@code sqlite> } and {@code ...> } prompts when it is interactive (the
 * prompt is written to stdout before each line is requested; when {@code echoInput} is set the line
 * is then written too, as a terminal shows it). The exit status is the real shell's: 0, 1 for an
 * error in piped input or a dot command, SQLite's primary result code (for example 19 for a
 * constraint) when an SQL argument fails, or the code given to {@code .exit}.
 *
 * <h2>Confinement</h2>
 *
 * <p>Every file the shell touches goes through the caller's {@link
 * migrationtutor.sandbox.sqlite3.SandboxResolver}: the database file (opened lazily where shell.c
 * calls open_db(), so a missing file appears, empty, at the same moment it would), {@code .read}
 * and {@code -init} files. A name the resolver refuses is reported as outside the sandbox. The
 * commands that run programs or write or read other files ({@code .shell}, {@code .system}, {@code
 * .output FILE}, {@code .once}, {@code .excel}, {@code .backup}, {@code .save}, {@code .restore},
 * {@code .open}, {@code .import}, {@code .load}, {@code .cd}, {@code .log FILE}, {@code .clone},
 * {@code .archive}, {@code .read |cmd}, ...) answer {@code Error: ".NAME" is not available in the
 * tutor's sandbox}. SQL that reaches other files (ATTACH, VACUUM INTO, load_extension(), PRAGMA
 * temp_store_directory/data_store_directory) is refused before SQLite sees it, and extension
 * loading is disabled on the connection. URI file names and the VFS options are refused.
 *
 * <h2>Fidelity</h2>
 *
 * <p>Output is byte for byte the real shell's: the output modes, column widths and wrapping, the
 * float text of 3.40's printf (its long double arithmetic is emulated), {@code .schema}'s rewrite
 * of {@code CREATE TABLE "x"} to {@code CREATE TABLE IF NOT EXISTS "x"}, {@code .dump}, the error
 * texts ({@code Parse error near line 1: ...}, {@code Error: in prepare, ...}, {@code Runtime
 * error: ...}) with the caret lines under the failing token. sqlite-jdbc does not expose
 * sqlite3_error_offset(), so the caret's position is found again from the message (see
 * ErrorLocator). The engine is sqlite-jdbc's SQLite 3.51; sqlite_version() and sqlite_source_id()
 * answer as 3.40.1. Known differences: EXPLAIN bytecode and query plans come from 3.51; SQL
 * functions that format floats (printf, quote, CAST) use 3.51's rules; the shell's own extension
 * functions (readfile, sha3, generate_series, regexp, decimal, ...) do not exist; input that is not
 * valid UTF-8 reaches the shell already decoded by the caller.
 */
package migrationtutor.sandbox.sqlite3;
