/**
 * The learner's session with a course, for any front end.
 *
 * <p>A front end opens a {@link migrationtutor.session.TutorSession} on a course and a shell, shows
 * the events of {@link migrationtutor.session.TutorSession#start()}, then passes every line the
 * learner enters to {@link migrationtutor.session.TutorSession#submit} with the {@code ShellIO} its
 * shell output goes to, and renders the returned {@link migrationtutor.session.SessionEvent}s. When
 * {@link migrationtutor.session.TutorSession#pendingQuestion()} is present, the next line is the
 * answer (show the question as the prompt). A {@link migrationtutor.session.WorkspaceWatcher} calls
 * back when files change outside the tutor; the front end then calls {@link
 * migrationtutor.session.TutorSession#recheck()} and renders what it returns. {@link
 * migrationtutor.session.TutorSession#position()} and {@link
 * migrationtutor.session.TutorSession#status} feed a lesson pane or index.
 */
package migrationtutor.session;
