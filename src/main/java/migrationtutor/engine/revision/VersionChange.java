package migrationtutor.engine.revision;

import java.util.Objects;

/**
 * One row change to the {@code alembic_version} table, as Alembic's {@code HeadMaintainer} issues.
 *
 * <p>The runtime renders them as {@code INSERT INTO alembic_version (version_num) VALUES ('x')},
 * {@code UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x'} and
 * {@code DELETE FROM alembic_version WHERE alembic_version.version_num = 'x'}. Online, Alembic also
 * checks that an UPDATE or DELETE matched exactly one row ("Online migration expected to match one
 * row when ..."); that check belongs to the runtime.
 */
public sealed interface VersionChange
    permits VersionChange.Insert, VersionChange.Update, VersionChange.Delete {

  /**
   * Adds a row: a first revision, or a new branch.
   *
   * @param version the version inserted
   */
  record Insert(String version) implements VersionChange {
    public Insert {
      Objects.requireNonNull(version, "version");
    }
  }

  /**
   * Moves a row from one version to another.
   *
   * @param from the version replaced
   * @param to the new version
   */
  record Update(String from, String to) implements VersionChange {
    public Update {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * Removes a row: a branch downgraded to base, or one parent of a merge.
   *
   * @param version the version deleted
   */
  record Delete(String version) implements VersionChange {
    public Delete {
      Objects.requireNonNull(version, "version");
    }
  }
}
