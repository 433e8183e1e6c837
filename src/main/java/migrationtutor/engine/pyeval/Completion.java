package migrationtutor.engine.pyeval;

/** How a statement finished: normally, or by break, continue or return. */
enum Completion {
  NORMAL,
  BREAK,
  CONTINUE,
  RETURN
}
