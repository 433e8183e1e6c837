package migrationtutor.sandbox.shell.parse;

/**
 * A parameter expansion: {@code $NAME}, {@code ${NAME}} or a special one ({@code $?}, {@code $$},
 * {@code $1}, ...).
 *
 * @param name the variable's name, or the special parameter's character
 * @param quoted whether it stood inside double quotes (then its value is one field, not globbed)
 */
public record Variable(String name, boolean quoted) implements WordPart {}
