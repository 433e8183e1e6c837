package migrationtutor.course.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress file is readable JSON, survives a kill at any moment, and says when it is bad. */
class ProgressStoreTest {
  /** Saves ever larger progress in a loop until killed: the child of the kill test. */
  public static void main(String[] args) throws IOException {
    ProgressStore store = new ProgressStore(Path.of(args[0]));
    Progress p = new Progress();
    for (int i = 0; ; i++) {
      LessonRecord l = p.lesson("lesson-" + i);
      l.fingerprint = "f" + i;
      l.started = Instant.ofEpochSecond(i);
      l.step(0, "step of lesson " + i).hints = i;
      p.currentLesson = "lesson-" + i;
      store.save(p);
      if (i == 0) {
        System.out.println("saving");
        System.out.flush();
      }
    }
  }

  @Test
  void roundTripsAsReadableJson(@TempDir Path ws) throws IOException {
    ProgressStore store = new ProgressStore(ws);
    Progress p = new Progress();
    p.currentLesson = "configure-env";
    p.currentStep = 2;
    LessonRecord l = p.lesson("configure-env");
    l.fingerprint = "abc";
    l.started = Instant.parse("2024-05-01T12:00:00Z");
    StepRecord s = l.step(0, "Read env.py");
    s.passed = Instant.parse("2024-05-01T12:01:00Z");
    s.windowTo = 4;
    s.hints = 2;
    s.solutionRevealed = true;
    store.save(p);
    String text = Files.readString(store.file());
    assertTrue(text.contains("\"lesson\": \"configure-env\""), text);
    assertTrue(text.contains("\"step\": 3"), text);
    assertTrue(text.contains("\"solutionRevealed\": true"), text);
    Progress back = store.load();
    assertEquals(text, back.toJson());
  }

  @Test
  void aBrokenFileIsNamedNotIgnored(@TempDir Path ws) throws IOException {
    ProgressStore store = new ProgressStore(ws);
    Files.createDirectories(store.file().getParent());
    Files.writeString(store.file(), "{\"format\": 1, \"lessons\": ");
    IOException e = assertThrows(IOException.class, store::load);
    assertTrue(e.getMessage().startsWith(store.file() + " cannot be read: "), e.getMessage());
  }

  @Test
  void aKillAtAnyMomentLeavesAWholeFile(@TempDir Path ws) throws Exception {
    ProgressStore store = new ProgressStore(ws);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int lastLessons = -1;
    for (int round = 0; round < 6; round++) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  ProgressStoreTest.class.getName(),
                  ws.toString())
              .redirectErrorStream(true)
              .start();
      // Wait until it saves, then kill it (SIGKILL) a little later each round.
      assertEquals("saving", new String(child.getInputStream().readNBytes(6)));
      Thread.sleep(5L + 13L * round);
      child.destroyForcibly().waitFor();
      Progress p = store.load();
      assertFalse(p.lessons.isEmpty());
      int n = p.lessons.size();
      assertEquals("lesson-" + (n - 1), p.currentLesson);
      assertEquals(n - 1, p.lessons.get("lesson-" + (n - 1)).steps.get(0).hints);
      lastLessons = n;
      store.removeLeftovers();
      try (var files = Files.list(store.file().getParent())) {
        assertEquals(List.of(store.file()), files.toList());
      }
    }
    assertTrue(lastLessons > 0);
  }
}
