package migrationtutor.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the tutor's version and the Alembic version its engine follows. */
final class TutorVersion implements IVersionProvider {
  /** The Alembic release whose behaviour the embedded engine reproduces. */
  static final String ALEMBIC_VERSION = "1.8.1";

  @Override
  public String[] getVersion() {
    String own = TutorVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "Migration Tutor " + (own == null ? "development build" : own),
      "Embedded migration engine compatible with Alembic " + ALEMBIC_VERSION + " on SQLite"
    };
  }
}
