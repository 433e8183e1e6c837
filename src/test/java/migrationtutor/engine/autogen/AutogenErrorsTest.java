package migrationtutor.engine.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What autogenerate and check say when they cannot work, word for word. */
class AutogenErrorsTest {
  private static final String MODELS =
      "from sqlalchemy import Column, Integer, String\n"
          + "from sqlalchemy.orm import declarative_base\n\n"
          + "Base = declarative_base()\n\n\n"
          + "class Note(Base):\n"
          + "    __tablename__ = \"notes\"\n"
          + "    id = Column(Integer, primary_key=True)\n"
          + "    text = Column(String(20))\n";
  private static final String CONTEXT =
      "INFO  [alembic.runtime.migration] Context impl SQLiteImpl.\n"
          + "INFO  [alembic.runtime.migration] Will assume non-transactional DDL.\n";

  @TempDir Path tmp;

  private AutogenProject project(String options, String models) throws Exception {
    return AutogenProject.create(tmp.resolve("p"), options, "", models);
  }

  private static void assertResult(int code, String output, AutogenProject.Result r) {
    assertEquals(new AutogenProject.Result(code, output), r);
  }

  @Test
  void hooksTheEngineDoesNotRunAreNamed() throws Exception {
    AutogenProject p =
        project("include_object=lambda *a: True, render_item=None, include_schemas=True", MODELS);
    String message =
        "<project>/alembic/env.py:30:13: env.py passes context.configure(include_object=...,"
            + " include_schemas=True), which the tutor's autogenerate does not run; remove them"
            + " from env.py to autogenerate here, or use real Alembic for this project\n";
    assertResult(1, CONTEXT + message, p.alembic("revision", "--autogenerate", "-m", "x"));
    assertResult(1, CONTEXT + message, p.alembic("check"));
  }

  @Test
  void aColumnFromAnUnmodelledPackageNamesTheColumn() throws Exception {
    AutogenProject p =
        project(
            "",
            "from sqlalchemy_utils import EmailType\n"
                + MODELS
                + "    email = Column(EmailType(), nullable=False)\n");
    assertResult(
        1,
        CONTEXT
            + "<project>/models.py:12: Note.email is a column the tutor cannot read: an argument"
            + " of sa.Column(...) comes from code it does not evaluate (a package it does not"
            + " model?); autogenerate needs every column in plain SQLAlchemy terms\n",
        p.alembic("revision", "--autogenerate", "-m", "x"));
  }

  @Test
  void aTableNameFromUnknownCode() throws Exception {
    AutogenProject p =
        project("", "import helpers\n" + MODELS.replace("\"notes\"", "helpers.name('notes')"));
    Files.writeString(p.dir().resolve("helpers.py"), "from magic import name\n");
    assertResult(
        1,
        CONTEXT
            + "<project>/models.py:9: Note.__tablename__ comes from module 'magic'.name(...),"
            + " which the tutor cannot evaluate\n",
        p.alembic("revision", "--autogenerate", "-m", "x"));
  }

  @Test
  void sqlWithAutogenerate() throws Exception {
    assertResult(
        255,
        "FAILED: Using --sql with --autogenerate does not make any sense\n",
        project("", MODELS).alembic("revision", "--autogenerate", "--sql", "-m", "x"));
  }

  @Test
  void targetMetadataThatIsNotAMetaData() throws Exception {
    AutogenProject p = project("", MODELS);
    Path env = p.dir().resolve("alembic/env.py");
    Files.writeString(env, Files.readString(env).replace("models.Base.metadata", "models.Base"));
    assertResult(
        1,
        CONTEXT
            + "Traceback (most recent call last):\n"
            + "  File \"<project>/alembic/env.py\", line 27, in run_migrations_online\n"
            + "    context.run_migrations()\n"
            + "AttributeError: type object 'Base' has no attribute 'sorted_tables'\n",
        p.alembic("check"));
  }

  @Test
  void noTargetMetadata() throws Exception {
    AutogenProject p = project("", MODELS);
    Path env = p.dir().resolve("alembic/env.py");
    Files.writeString(env, Files.readString(env).replace("models.Base.metadata", "None"));
    String message =
        "Can't proceed with --autogenerate option; environment script"
            + " <project>/alembic/env.py does not provide a MetaData object or sequence of objects"
            + " to the context.";
    assertResult(
        255,
        CONTEXT + "ERROR [alembic.util.messaging] " + message + "\nFAILED: " + message + "\n",
        p.alembic("revision", "--autogenerate", "-m", "x"));
  }

  @Test
  void databaseBehind() throws Exception {
    AutogenProject p = project("", MODELS);
    assertEquals(0, p.alembic("revision", "--autogenerate", "-m", "one").code());
    String message = "Target database is not up to date.";
    assertResult(
        255,
        CONTEXT + "ERROR [alembic.util.messaging] " + message + "\nFAILED: " + message + "\n",
        p.alembic("revision", "--autogenerate", "-m", "two"));
    assertResult(
        255,
        CONTEXT + "ERROR [alembic.util.messaging] " + message + "\nFAILED: " + message + "\n",
        p.alembic("check"));
  }
}
