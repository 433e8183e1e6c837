package migrationtutor.ui.console;

import java.util.function.IntSupplier;

/**
 * How the console is shown.
 *
 * @param interactive whether the learner types at a terminal (line editor, prompts)
 * @param terminalOutput whether output goes to a terminal
 * @param width the terminal's current width (it may change between commands)
 * @param color whether the prompt may use colour ({@code --no-color} and {@code NO_COLOR} turn it
 *     off)
 * @param echo whether each command is printed after the prompt, as a terminal would have shown it
 *     (for piped input)
 */
public record ConsoleSettings(
    boolean interactive, boolean terminalOutput, IntSupplier width, boolean color, boolean echo) {}
