package migrationtutor.engine.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.pyeval.EvalLimitError;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.SubsetError;
import migrationtutor.engine.pyeval.SubsetViolation;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.PySyntaxError;

/**
 * The Python files one command reads: each read and parsed once, and every failure in them turned
 * into what the learner should see — a traceback frame in their own file, or a {@code
 * path:line:col} report for Python the tutor does not evaluate.
 */
public final class PythonFiles {
  // PEP 263: a coding declaration in the first two lines.
  private static final Pattern CODING =
      Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
  private final Map<Path, String> texts = new HashMap<>();
  private final Map<Path, Module> modules = new HashMap<>();

  /**
   * The parsed module of a file.
   *
   * @throws PythonError a SyntaxError (or IndentationError, TabError) as Python reports it
   */
  public Module parse(Path file) {
    Path key = file.toAbsolutePath().normalize();
    Module cached = modules.get(key);
    if (cached != null) {
      return cached;
    }
    String text = text(key);
    try {
      Module m = PyParser.parse(text, key.toString());
      modules.put(key, m);
      return m;
    } catch (PySyntaxError e) {
      String line = lineOf(text, e.line());
      throw new PythonError(
          e.kind().pythonName(),
          e.message(),
          new PythonError.Frame(key.toString(), e.line(), null, line, e.column()),
          List.of(),
          null);
    }
  }

  /** The decoded text of a file (read once). */
  public String text(Path file) {
    Path key = file.toAbsolutePath().normalize();
    String cached = texts.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(key);
    } catch (IOException e) {
      throw new PythonError(
          "FileNotFoundError", "[Errno 2] No such file or directory: '" + key + "'");
    }
    String text = decode(bytes, key);
    texts.put(key, text);
    return text;
  }

  private static String decode(byte[] bytes, Path file) {
    int start = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    } else {
      String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
      String[] lines = head.split("\n", 3);
      for (int i = 0; i < Math.min(2, lines.length); i++) {
        Matcher m = CODING.matcher(lines[i]);
        if (m.find()) {
          charset = charsetFor(m.group(1), file, i + 1);
          break;
        }
      }
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      int pos = firstBadByte(bytes, start);
      throw new PythonError(
          "SyntaxError",
          String.format(
              "Non-UTF-8 code starting with '\\x%02x' in"
                  + " file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/"
                  + " for details",
              bytes[pos] & 0xff, file, lineNumberAt(bytes, pos)));
    }
  }

  private static Charset charsetFor(String name, Path file, int line) {
    String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (n.startsWith("utf-8") || n.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (n.equals("latin-1") || n.startsWith("iso-8859-1") || n.equals("iso8859-1")) {
      return StandardCharsets.ISO_8859_1;
    }
    if (n.equals("ascii") || n.equals("us-ascii")) {
      return StandardCharsets.US_ASCII;
    }
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      throw new PythonError(
          "SyntaxError",
          "unknown encoding: " + name,
          new PythonError.Frame(file.toString(), line, null, null),
          List.of(),
          null);
    }
  }

  private static int firstBadByte(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if ((bytes[i] & 0x80) != 0) {
        return i;
      }
    }
    return start;
  }

  private static int lineNumberAt(byte[] bytes, int pos) {
    int line = 1;
    for (int i = 0; i < pos; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** One line of a file's text, 1-based; empty when out of range. */
  public String line(Path file, int lineNumber) {
    return lineOf(text(file), lineNumber);
  }

  private static String lineOf(String text, int lineNumber) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    return lineNumber >= 1 && lineNumber <= lines.length ? lines[lineNumber - 1] : "";
  }

  /**
   * The engine error for a failure raised while evaluating one of these files: a located Python
   * exception becomes a traceback frame, a subset violation or an exhausted budget a source report.
   * Other exceptions are returned unchanged.
   */
  public RuntimeException translate(RuntimeException e) {
    if (e instanceof EngineError) {
      return e;
    }
    if (e instanceof PyException p) {
      PythonError.Frame frame = null;
      if (p.file() != null && p.span() != null) {
        Path f = Path.of(p.file());
        frame =
            new PythonError.Frame(
                p.file(),
                p.span().line(),
                p.function(),
                Files.isRegularFile(f) ? line(f, p.span().line()) : null);
      }
      return new PythonError(p.pythonType(), p.getMessage(), frame, List.of(), null);
    }
    if (e instanceof SubsetError s) {
      SubsetViolation first = s.violations().get(0);
      StringBuilder more = new StringBuilder(first.message());
      for (SubsetViolation v : s.violations().subList(1, s.violations().size())) {
        more.append('\n')
            .append(s.file())
            .append(':')
            .append(v.span().line())
            .append(':')
            .append(v.span().column())
            .append(": ")
            .append(v.message());
      }
      return new SourceLimitError(
          s.file() + ":" + first.span().line() + ":" + first.span().column(), more.toString());
    }
    if (e instanceof EvalLimitError l) {
      String where =
          l.file() == null
              ? null
              : l.file()
                  + (l.span() == null ? "" : ":" + l.span().line() + ":" + l.span().column());
      return new SourceLimitError(where, l.getMessage());
    }
    return e;
  }
}
