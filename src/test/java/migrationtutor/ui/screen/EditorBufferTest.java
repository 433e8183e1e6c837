package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditorBufferTest {
  @Test
  void textComesBackAsItWasWithItsLineEnds() {
    assertEquals("a\nb\n", new EditorBuffer("a\nb\n").text());
    assertEquals("a\nb", new EditorBuffer("a\nb").text());
    assertEquals("a\r\nb\r\n", new EditorBuffer("a\r\nb\r\n").text());
    assertEquals("", new EditorBuffer("").text().strip());
  }

  @Test
  void tabInsertsFourSpacesAndEnterKeepsTheIndentation() {
    EditorBuffer b = new EditorBuffer("def upgrade():\n    pass\n");
    b.moveTo(1, 4);
    b.insert("op.drop_table('x')");
    b.enter();
    assertEquals(
        "    op.drop_table('x')\n    pass\n", b.text().substring(b.text().indexOf('\n') + 1));
    assertEquals(2, b.row());
    assertEquals(4, b.col());
    b.moveTo(0, Integer.MAX_VALUE);
    b.enter(); // after a ':' one level deeper
    assertEquals(8 - 4, b.col());
    b.tab();
    assertEquals(8, b.col());
    assertTrue(b.modified());
  }

  @Test
  void backspaceInTheIndentationRemovesALevel() {
    EditorBuffer b = new EditorBuffer("        x\n");
    b.moveTo(0, 8);
    b.backspace();
    assertEquals("    x\n", b.text());
    b.backspace();
    assertEquals("x\n", b.text());
    b.backspace();
    assertEquals("x\n", b.text());
  }

  @Test
  void backspaceAndDeleteJoinLines() {
    EditorBuffer b = new EditorBuffer("ab\ncd\n");
    b.moveTo(1, 0);
    b.backspace();
    assertEquals("abcd\n", b.text());
    b.moveTo(0, 4);
    b.delete();
    assertEquals("abcd\n", b.text());
    b.moveTo(0, 1);
    b.enter();
    b.moveTo(0, 1);
    b.delete();
    assertEquals("abcd\n", b.text());
  }

  @Test
  void upAndDownKeepTheWantedColumn() {
    EditorBuffer b = new EditorBuffer("long line\nx\nlong line\n");
    b.moveTo(0, 7);
    b.down(1);
    assertEquals(1, b.col());
    b.down(1);
    assertEquals(7, b.col());
  }

  @Test
  void savedClearsModified() {
    EditorBuffer b = new EditorBuffer("a\n");
    b.insert("b");
    b.saved();
    assertFalse(b.modified());
  }

  @Test
  void cursorGoesWhereTheLearnerTypes() {
    EditorBuffer migration = new EditorBuffer(Fixtures.MIGRATION);
    assertArrayEquals(new int[] {19, 4}, CursorPlacement.of(migration));
    EditorBuffer written =
        new EditorBuffer("def upgrade():\n    # comment\n    op.add_column('t', c)\n    pass\n");
    assertArrayEquals(new int[] {2, 4}, CursorPlacement.of(written));
    assertArrayEquals(new int[] {0, 0}, CursorPlacement.of(new EditorBuffer("[alembic]\n")));
  }

  @Test
  void cursorGoesToTheDowngradeOnceTheUpgradeIsWritten() {
    EditorBuffer b =
        new EditorBuffer(
            "def upgrade() -> None:\n    op.add_column('t', c)\n\n\n"
                + "def downgrade() -> None:\n    pass\n");
    assertArrayEquals(new int[] {5, 4}, CursorPlacement.of(b));
  }

  @Test
  void cursorGoesToTheLinesTheCourseChanges() {
    EditorBuffer env =
        new EditorBuffer("from alembic import context\n\n# models\ntarget_metadata = None\n");
    assertArrayEquals(new int[] {3, 0}, CursorPlacement.of(env));
    EditorBuffer ini =
        new EditorBuffer(
            "[alembic]\nscript_location = alembic\n"
                + "sqlalchemy.url = driver://user:pass@localhost/dbname\n");
    assertArrayEquals(new int[] {2, 17}, CursorPlacement.of(ini));
  }
}
