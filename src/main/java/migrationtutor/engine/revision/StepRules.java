package migrationtutor.engine.revision;

import java.util.List;

/**
 * What a step does to the set of current heads: the {@code should_*} / {@code *_idents} methods
 * Alembic's {@code RevisionStep} and {@code StampStep} offer to {@code HeadMaintainer}.
 */
interface StepRules {
  /** {@code merge_branch_idents}: rows to delete, then one row to update. */
  record Merge(List<String> deletes, String updateFrom, String updateTo) {}

  /** {@code unmerge_branch_idents}: one row to update, after inserting the others. */
  record Unmerge(String updateFrom, String updateTo, List<String> inserts) {}

  /** {@code update_version_num}. */
  record Move(String from, String to) {}

  boolean shouldDeleteBranch(List<String> heads);

  String deleteVersion();

  boolean shouldCreateBranch(List<String> heads);

  String insertVersion();

  boolean shouldMergeBranches(List<String> heads);

  Merge mergeBranchIdents(List<String> heads);

  boolean shouldUnmergeBranches(List<String> heads);

  Unmerge unmergeBranchIdents(List<String> heads);

  Move updateVersionNum(List<String> heads);

  /** Python's {@code lst[-1]} / {@code lst[0]}, failing as Python would on an empty list. */
  static String at(List<String> items, int index) {
    if (items.isEmpty()) {
      throw new InternalRevisionError("IndexError: tuple index out of range");
    }
    return items.get(index < 0 ? items.size() + index : index);
  }

  /** Python's {@code lst[0:-1]}. */
  static List<String> allButLast(List<String> items) {
    return items.isEmpty() ? List.of() : List.copyOf(items.subList(0, items.size() - 1));
  }

  /** Python's {@code lst[0]} on a sequence asserted to hold exactly one item. */
  static String only(List<String> items) {
    if (items.size() != 1) {
      throw InternalRevisionError.assertion();
    }
    return items.get(0);
  }
}
