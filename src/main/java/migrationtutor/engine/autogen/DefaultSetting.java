package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.ServerDefault;

/**
 * A server default slot of {@code AlterColumnOp}, where Alembic tells "not given" ({@code False})
 * apart from "no default" ({@code None}).
 *
 * @param given whether a value was given
 * @param value the default, or null for None
 */
record DefaultSetting(boolean given, ServerDefault value) {
  /** Alembic's {@code False}: nothing said. */
  static final DefaultSetting NOT_GIVEN = new DefaultSetting(false, null);

  /** A given default, or None when {@code value} is null. */
  static DefaultSetting of(ServerDefault value) {
    return new DefaultSetting(true, value);
  }

  /** Python truthiness of the slot: a default is there. */
  boolean present() {
    return given && value != null;
  }
}
