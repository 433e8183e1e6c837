package migrationtutor.sandbox.shell;

/**
 * A command as {@code help} lists it.
 *
 * @param name what the learner types
 * @param usage its synopsis, e.g. {@code ls [-l] [-a] [-h] [-1] [FILE]...}
 * @param summary one line on what it does
 */
public record CommandInfo(String name, String usage, String summary) {}
