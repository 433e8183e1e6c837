/**
 * The shell's tokeniser and parser: POSIX quoting with per-piece quote marks (so a quoted {@code *}
 * is no glob), variables, {@code NAME=value}, {@code >}, {@code >>}, {@code &&} and {@code ;};
 * every other piece of shell syntax is refused with a message that names it. It also tells an
 * unfinished line (open quote, trailing {@code \} or {@code &&}) apart, and where the cursor is for
 * completion.
 */
package migrationtutor.sandbox.shell.parse;
