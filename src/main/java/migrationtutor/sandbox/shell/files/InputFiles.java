package migrationtutor.sandbox.shell.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import migrationtutor.sandbox.shell.CommandContext;

/**
 * Reading the files a command names: confined to the workspace, {@code -} for standard input (read
 * until its end), and a plain "Is a directory" for folders.
 */
final class InputFiles {
  /** A folder where a file was expected. */
  static final class IsDirectory extends IOException {
    private static final long serialVersionUID = 1L;

    IsDirectory() {
      super("Is a directory");
    }
  }

  private InputFiles() {}

  /** The bytes of {@code name} ({@code -}: standard input). */
  static byte[] read(CommandContext ctx, String name) throws IOException {
    if (name.equals("-")) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      String line;
      while ((line = ctx.in().readLine()) != null) {
        b.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return b.toByteArray();
    }
    Path p = ctx.resolve(name);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(name);
    }
    if (Files.isDirectory(p)) {
      throw new IsDirectory();
    }
    return Files.readAllBytes(p);
  }

  /** Whether {@code bytes} look binary (a NUL in the first 8 KiB, as grep decides). */
  static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Splits into lines, each with its terminator (the last may lack one). */
  static java.util.List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
