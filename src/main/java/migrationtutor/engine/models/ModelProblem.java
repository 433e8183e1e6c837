package migrationtutor.engine.models;

/**
 * Something in the models the tutor could not read, so the tables it would define are not known for
 * sure: autogenerate refuses to guess and reports it.
 *
 * @param file the file, or null
 * @param line the line, or 0
 * @param message what was not understood, naming the construct
 */
record ModelProblem(String file, int line, String message) {
  /** {@code path:line} (or what is known of it). */
  String location() {
    if (file == null) {
      return null;
    }
    return line > 0 ? file + ":" + line : file;
  }
}
