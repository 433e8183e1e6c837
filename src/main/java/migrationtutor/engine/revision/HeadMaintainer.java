package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.List;

/**
 * Tracks the current heads step by step and says which version-table rows change, as Alembic's
 * {@code HeadMaintainer.update_to_step}.
 *
 * <p>Alembic keeps the heads in a set; here they keep row order: an UPDATE keeps the row's place,
 * an INSERT appends, like rows in SQLite's {@code alembic_version}. Failed assertions and missing
 * rows surface as {@link InternalRevisionError} (Alembic's AssertionError / KeyError).
 */
final class HeadMaintainer {
  private final List<String> heads;
  private final List<VersionChange> changes = new ArrayList<>();

  HeadMaintainer(List<String> heads) {
    this.heads = new ArrayList<>();
    heads.forEach(
        head -> {
          if (!this.heads.contains(head)) {
            this.heads.add(head);
          }
        });
  }

  List<String> heads() {
    return List.copyOf(heads);
  }

  /**
   * Applies one step and returns its version changes. If the bookkeeping fails part-way, the
   * changes made so far stay recorded (see {@link #changesSoFar()}) and the error is thrown.
   */
  List<VersionChange> updateToStep(StepRules step) {
    changes.clear();
    if (step.shouldDeleteBranch(heads)) {
      delete(step.deleteVersion());
    } else if (step.shouldCreateBranch(heads)) {
      insert(step.insertVersion());
    } else if (step.shouldMergeBranches(heads)) {
      StepRules.Merge merge = step.mergeBranchIdents(heads);
      merge.deletes().forEach(this::delete);
      update(merge.updateFrom(), merge.updateTo());
    } else if (step.shouldUnmergeBranches(heads)) {
      StepRules.Unmerge unmerge = step.unmergeBranchIdents(heads);
      unmerge.inserts().forEach(this::insert);
      update(unmerge.updateFrom(), unmerge.updateTo());
    } else {
      StepRules.Move move = step.updateVersionNum(heads);
      update(move.from(), move.to());
    }
    return List.copyOf(changes);
  }

  List<VersionChange> changesSoFar() {
    return List.copyOf(changes);
  }

  private void insert(String version) {
    if (heads.contains(version)) {
      throw InternalRevisionError.assertion();
    }
    heads.add(version);
    changes.add(new VersionChange.Insert(version));
  }

  private void delete(String version) {
    if (!heads.remove(version)) {
      throw InternalRevisionError.keyError(version);
    }
    changes.add(new VersionChange.Delete(version));
  }

  private void update(String from, String to) {
    if (heads.contains(to)) {
      throw InternalRevisionError.assertion();
    }
    int row = heads.indexOf(from);
    if (row < 0) {
      throw InternalRevisionError.keyError(from);
    }
    heads.set(row, to);
    changes.add(new VersionChange.Update(from, to));
  }
}
