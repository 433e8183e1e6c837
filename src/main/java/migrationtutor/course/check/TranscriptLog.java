package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a workspace's {@code .tutor/transcript.jsonl} without taking its lock. */
public final class TranscriptLog {
  private TranscriptLog() {}

  /** The transcript file of the workspace at {@code root}. */
  public static Path file(Path root) {
    return root.resolve(".tutor").resolve("transcript.jsonl");
  }

  /** How many lines the transcript has. */
  public static int size(Path root) {
    try {
      return Files.exists(file(root))
          ? Files.readAllLines(file(root), StandardCharsets.UTF_8).size()
          : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The records of lines {@code from} (inclusive) to {@code to} (exclusive; -1 for the end). */
  public static List<TranscriptRecord> read(Path root, int from, int to) {
    List<TranscriptRecord> out = new ArrayList<>();
    Path f = file(root);
    if (!Files.exists(f)) {
      return out;
    }
    try {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      int end = to < 0 ? lines.size() : Math.min(to, lines.size());
      for (int i = Math.max(0, from); i < end; i++) {
        out.add(TranscriptRecord.parse(i, lines.get(i)));
      }
    } catch (IOException e) {
      // An unreadable transcript is an empty one: the transcript checks then fail and say so.
    }
    return out;
  }
}
