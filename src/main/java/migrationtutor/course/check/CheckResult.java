package migrationtutor.course.check;

/**
 * The outcome of one check.
 *
 * @param check the check
 * @param passed whether it holds
 * @param message when it fails, what differs ({@code todos has no column deleted_at}); when it
 *     passes, what it checked
 */
public record CheckResult(Check check, boolean passed, String message) {
  static CheckResult pass(Check c) {
    return new CheckResult(c, true, c.describe());
  }

  static CheckResult fail(Check c, String message) {
    return new CheckResult(c, false, message);
  }
}
