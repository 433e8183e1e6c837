package migrationtutor.sandbox.shell.parse;

/**
 * Standard output sent to a file: {@code > FILE} or {@code >> FILE}.
 *
 * @param append whether the file is appended to ({@code >>}) rather than replaced
 * @param target the file's word
 */
public record Redirect(boolean append, Word target) {}
