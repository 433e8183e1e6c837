package migrationtutor.engine.output;

import java.util.Locale;
import java.util.Optional;

/** Python logging levels, with their names as {@code %(levelname)s} prints them. */
public enum Level {
  NOTSET(0),
  DEBUG(10),
  INFO(20),
  WARNING(30),
  ERROR(40),
  CRITICAL(50);

  private final int value;

  Level(int value) {
    this.value = value;
  }

  /** The numeric level. */
  public int value() {
    return value;
  }

  /** A level named in a logging config ({@code WARN} and {@code FATAL} are Python's aliases). */
  static Optional<Level> named(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    return switch (n) {
      case "WARN" -> Optional.of(WARNING);
      case "FATAL" -> Optional.of(CRITICAL);
      default -> {
        try {
          yield Optional.of(valueOf(n));
        } catch (IllegalArgumentException e) {
          yield Optional.empty();
        }
      }
    };
  }
}
