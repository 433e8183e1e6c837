package migrationtutor.sandbox.shell.parse;

/**
 * Text of a word after quote removal.
 *
 * @param text the characters
 * @param quoted whether they were quoted or escaped ({@code *} in them is then no glob)
 */
public record Literal(String text, boolean quoted) implements WordPart {}
