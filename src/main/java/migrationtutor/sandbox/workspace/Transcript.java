package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The record of every command a learner ran, for checks and instructors: {@code
 * .tutor/transcript.jsonl}, one JSON object per line with the keys {@code time}, {@code cwd},
 * {@code command}, {@code exit}, {@code ms} and {@code output} (and {@code "truncated": true} when
 * the output or the command was cut at {@value #MAX_OUTPUT} characters). Each line is appended with
 * a single write to a file opened for appending, so a reader never sees half a line from this
 * writer.
 */
public final class Transcript {
  static final int MAX_OUTPUT = 8000;
  private final Path file;

  Transcript(Path file) {
    this.file = file;
  }

  /** The transcript file. */
  public Path file() {
    return file;
  }

  /** Appends one entry. */
  public void append(TranscriptEntry e) throws IOException {
    String output = e.output();
    String command = e.command();
    boolean truncated = output.length() > MAX_OUTPUT || command.length() > MAX_OUTPUT;
    output = output.substring(0, Math.min(output.length(), MAX_OUTPUT));
    command = command.substring(0, Math.min(command.length(), MAX_OUTPUT));
    String line =
        "{\"time\":"
            + JsonText.quote(e.time().toString())
            + ",\"cwd\":"
            + JsonText.quote(e.cwd())
            + ",\"command\":"
            + JsonText.quote(command)
            + ",\"exit\":"
            + e.exit()
            + ",\"ms\":"
            + e.millis()
            + ",\"output\":"
            + JsonText.quote(output)
            + (truncated ? ",\"truncated\":true" : "")
            + "}\n";
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    try (FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      while (bytes.hasRemaining()) {
        ch.write(bytes);
      }
    }
  }

  /** The transcript's lines (JSON objects), oldest first; empty when nothing ran yet. */
  public List<String> lines() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
