package migrationtutor.engine.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLAlchemy 2.0's annotated declarative ({@code DeclarativeBase}, {@code Mapped[...]}, {@code
 * mapped_column()}). No SQLAlchemy 2.0 runs here, so each schema is also written in 1.4 style —
 * which the golden cases test against real Alembic — and both must generate the same migration.
 */
class AutogenModels20Test {
  private static final Pattern HEADER = Pattern.compile("(?s)^.*?\ndepends_on = None\n");

  @TempDir Path tmp;

  private static final String IMPORTS_20 =
      "import datetime\n"
          + "import decimal\n"
          + "import enum\n"
          + "from typing import List, Optional, Union\n\n"
          + "from sqlalchemy import ForeignKey, Integer, MetaData, String, Text, func\n"
          + "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship\n\n";

  private static final String IMPORTS_14 =
      "import enum\n\n"
          + "import sqlalchemy as sa\n"
          + "from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Text, func\n"
          + "from sqlalchemy.orm import declarative_base, relationship\n\n";

  /** What {@code revision --autogenerate} printed and the file it wrote, from the header on. */
  private record Generated(String output, String file) {}

  private Generated generate(String name, String models) throws Exception {
    AutogenProject p = AutogenProject.create(tmp.resolve(name), "", "", models);
    AutogenProject.Result r = p.alembic("revision", "--autogenerate", "-m", "m");
    assertEquals(0, r.code(), r.output());
    List<Path> files;
    try (Stream<Path> s = Files.list(p.dir().resolve("alembic/versions"))) {
      files = s.filter(f -> f.toString().endsWith(".py")).toList();
    }
    assertEquals(1, files.size());
    String output = r.output().replaceAll("Generating .*", "Generating");
    return new Generated(output, HEADER.matcher(Files.readString(files.get(0))).replaceFirst(""));
  }

  private void assertSameMigration(String models20, String models14) throws Exception {
    Generated old = generate("v14", IMPORTS_14 + models14);
    Generated now = generate("v20", IMPORTS_20 + models20);
    assertEquals(old, now);
  }

  @Test
  void smoke() throws Exception {
    Generated g =
        generate(
            "s",
            IMPORTS_20
                + "class Base(DeclarativeBase):\n    pass\n\n\n"
                + "class User(Base):\n"
                + "    __tablename__ = 'users'\n"
                + "    id: Mapped[int] = mapped_column(primary_key=True)\n"
                + "    name: Mapped[str]\n"
                + "    bio: Mapped[Optional[str]] = mapped_column(Text)\n");
    assertEquals("", g.output() + g.file());
  }
}
