package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import org.junit.jupiter.api.Test;

class InputLineTest {
  @Test
  void historyWalkKeepsTheDraft() {
    InputLine in = new InputLine();
    in.resetHistory(List.of("ls", "alembic current"));
    in.insert("alem");
    in.previous();
    assertEquals("alembic current", in.text());
    in.previous();
    assertEquals("ls", in.text());
    in.previous();
    assertEquals("ls", in.text());
    in.next();
    in.next();
    assertEquals("alem", in.text());
  }

  @Test
  void wordEditing() {
    InputLine in = new InputLine();
    in.insert("alembic upgrade head");
    in.deleteWordBefore();
    assertEquals("alembic upgrade ", in.text());
    in.wordLeft();
    assertEquals(8, in.cursor());
    in.deleteToEnd();
    assertEquals("alembic ", in.text());
    in.deleteToStart();
    assertEquals("", in.text());
  }

  @Test
  void tabCompletesOneCandidateQuotedAndExtendsSeveralByTheirPrefix() {
    InputLine in = new InputLine();
    in.insert("cat my");
    TabCompletion.complete(in, List.of(Candidate.of("my file.txt")));
    assertEquals("cat my\\ file.txt ", in.text());

    InputLine two = new InputLine();
    two.insert("alembic h");
    var r = TabCompletion.complete(two, List.of(Candidate.of("heads"), Candidate.of("history")));
    assertEquals("alembic h", two.text(), "no common prefix beyond what is typed");
    assertEquals(2, r.listed().size());
    two.set("alembic he", 10);
    TabCompletion.complete(two, List.of(Candidate.of("heads"), Candidate.of("head")));
    assertEquals("alembic head", two.text());
  }

  @Test
  void listedCandidatesAreInColumns() {
    List<String> cols =
        TabCompletion.columns(
            List.of(Candidate.of("alembic/"), Candidate.of("app/"), Candidate.of("main.py")), 20);
    assertEquals(List.of("alembic/  app/", "main.py"), cols);
  }
}
