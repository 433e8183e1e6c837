package migrationtutor.sandbox.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptTest {
  @Test
  void oneJsonObjectPerLineWithEverythingEscaped(@TempDir Path tmp) throws Exception {
    Transcript t = new Transcript(tmp.resolve("transcript.jsonl"));
    t.append(
        new TranscriptEntry(
            Instant.parse("2024-05-01T12:00:00Z"),
            "~/alembic",
            "echo \"a\tb\" \\ \u0001",
            0,
            12,
            "a\tb\n"));
    t.append(
        new TranscriptEntry(
            Instant.parse("2024-05-01T12:00:01Z"),
            "~",
            "x",
            127,
            1,
            "y".repeat(Transcript.MAX_OUTPUT + 10)));
    List<String> lines = t.lines();
    assertEquals(2, lines.size());
    assertEquals(
        "{\"time\":\"2024-05-01T12:00:00Z\",\"cwd\":\"~/alembic\",\"command\":"
            + "\"echo \\\"a\\tb\\\" \\\\ \\u0001\",\"exit\":0,\"ms\":12,\"output\":\"a\\tb\\n\"}",
        lines.get(0));
    assertTrue(lines.get(1).endsWith("\"truncated\":true}"));
    assertTrue(lines.get(1).contains("\"exit\":127"));
  }
}
