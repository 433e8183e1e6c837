package migrationtutor.engine.reflect;

/**
 * One entry of {@code Inspector.get_check_constraints()}: a {@code CHECK (...)} found line by line
 * in the table's SQL.
 *
 * @param name the constraint name (surrounding double quotes removed), or null
 * @param sqltext the condition as written
 */
public record ReflectedCheckConstraint(String name, String sqltext) {}
