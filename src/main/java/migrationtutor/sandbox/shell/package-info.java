/**
 * The learner's confined shell. {@link migrationtutor.sandbox.shell.Shell} runs typed command lines
 * (parsed by {@code shell.parse}, the one tokeniser every front end uses), with an undo snapshot,
 * history and transcript per line; commands implement {@link migrationtutor.sandbox.shell.Command}
 * and see the world only through {@link migrationtutor.sandbox.shell.CommandContext}. Front ends
 * give each line a {@link migrationtutor.sandbox.shell.ShellIO} (streams, input, terminal, editor).
 * No process is ever started except the learner's editor, through {@link
 * migrationtutor.sandbox.shell.FileEditor}. See docs/sandbox.md.
 */
package migrationtutor.sandbox.shell;
