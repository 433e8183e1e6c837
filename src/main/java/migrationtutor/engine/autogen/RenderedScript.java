package migrationtutor.engine.autogen;

/**
 * The template arguments {@code _render_python_into_templatevars} gives {@code script.py.mako}.
 *
 * @param upgrades the {@code upgrades} body, indented for the function it goes into
 * @param downgrades the {@code downgrades} body
 * @param imports the extra import lines, sorted, joined by newlines (empty when none)
 */
public record RenderedScript(String upgrades, String downgrades, String imports) {}
