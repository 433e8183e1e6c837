package migrationtutor.sandbox.shell;

/**
 * One completion offered for the word at the cursor.
 *
 * @param value the word as it would read after completion (quotes removed)
 * @param description a short note shown next to it (may be empty)
 * @param complete whether the word is finished (a space follows), false for a folder ending in
 *     {@code /} or an option ending in {@code =}
 */
public record Candidate(String value, String description, boolean complete) {
  /** A finished word without a description. */
  public static Candidate of(String value) {
    return new Candidate(value, "", true);
  }
}
