/**
 * The plain console: {@link migrationtutor.ui.console.ConsoleSession} is its logic (greeting,
 * reading complete command lines, running them, leaving), independent of any terminal library; the
 * JLine front end and piped input drive it. {@link migrationtutor.ui.console.ConsoleLauncher}
 * starts it for the command line.
 */
package migrationtutor.ui.console;
