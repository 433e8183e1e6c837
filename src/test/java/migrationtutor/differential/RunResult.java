package migrationtutor.differential;

/** What one command printed and how it exited. */
record RunResult(int exitCode, String stdout, String stderr) {
  @Override
  public String toString() {
    return "[exit " + exitCode + "]\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
  }
}
