/**
 * The learner's workspace: an ordinary folder created from a bundled starter project (its database
 * built from the starter's {@code database.sql}), confined path resolution ({@link
 * migrationtutor.sandbox.workspace.WorkspacePaths}), and the tutor's own {@code .tutor} folder: the
 * lock against a second tutor, bounded undo snapshots, the JSON-lines transcript, and the directory
 * and history a later session resumes with. See docs/sandbox.md.
 */
package migrationtutor.sandbox.workspace;
