package migrationtutor.sandbox.shell.parse;

/** A piece of a shell word: text (quoted or not) or a variable to expand. */
public sealed interface WordPart permits Literal, Variable {
  /** Whether the piece was inside quotes or escaped (then it is not split or globbed). */
  boolean quoted();
}
