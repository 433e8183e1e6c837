/**
 * The full-screen tutor (Lanterna 3): the lesson, its steps, the learner's shell and a built-in
 * editor on one screen. It drives the same {@link migrationtutor.sandbox.shell.Shell} as the plain
 * console; everything here is presentation and input handling.
 */
package migrationtutor.ui.screen;
