/** The shell's own commands: cd, pwd, echo, export, read, test, history, help, undo, exit. */
package migrationtutor.sandbox.shell.builtin;
