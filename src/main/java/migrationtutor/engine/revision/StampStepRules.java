package migrationtutor.engine.revision;

import java.util.List;

/** Version-table rules of a stamp step, ported from Alembic's {@code StampStep}. */
final class StampStepRules implements StepRules {
  private final List<String> from;
  private final List<String> to;
  private final boolean upgrade;
  private final boolean branchMove;

  StampStepRules(List<String> from, List<String> to, boolean upgrade, boolean branchMove) {
    this.from = List.copyOf(from);
    this.to = List.copyOf(to);
    this.upgrade = upgrade;
    this.branchMove = branchMove;
  }

  StampStep toStep(List<VersionChange> changes, List<String> before, List<String> after) {
    return new StampStep(from, to, upgrade, branchMove, changes, before, after);
  }

  @Override
  public boolean shouldDeleteBranch(List<String> heads) {
    return !upgrade && branchMove;
  }

  @Override
  public String deleteVersion() {
    return StepRules.only(from);
  }

  @Override
  public boolean shouldCreateBranch(List<String> heads) {
    return upgrade && (branchMove || !heads.containsAll(from)) && !heads.containsAll(to);
  }

  @Override
  public String insertVersion() {
    return StepRules.only(to);
  }

  @Override
  public boolean shouldMergeBranches(List<String> heads) {
    return from.size() > 1;
  }

  @Override
  public Merge mergeBranchIdents(List<String> heads) {
    return new Merge(StepRules.allButLast(from), StepRules.at(from, -1), StepRules.at(to, 0));
  }

  @Override
  public boolean shouldUnmergeBranches(List<String> heads) {
    return to.size() > 1;
  }

  @Override
  public Unmerge unmergeBranchIdents(List<String> heads) {
    return new Unmerge(StepRules.at(from, 0), StepRules.at(to, -1), StepRules.allButLast(to));
  }

  @Override
  public Move updateVersionNum(List<String> heads) {
    return new Move(StepRules.only(from), StepRules.only(to));
  }
}
