package migrationtutor.sandbox.shell;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import migrationtutor.sandbox.shell.parse.Literal;
import migrationtutor.sandbox.shell.parse.Variable;
import migrationtutor.sandbox.shell.parse.Word;
import migrationtutor.sandbox.shell.parse.WordPart;
import migrationtutor.sandbox.workspace.WorkspacePaths;

/**
 * Expands words as bash does, in bash's order: {@code ~} (the workspace root, the sandbox's home),
 * variables ({@code $NAME}; unquoted values are split on blanks), then globs on the unquoted
 * wildcards (matching only inside the workspace; a glob that matches nothing stays as typed).
 */
final class Expander {
  private final ShellState state;
  private final WorkspacePaths paths;

  Expander(ShellState state, WorkspacePaths paths) {
    this.state = state;
    this.paths = paths;
  }

  /** The arguments {@code words} expand to. */
  List<String> words(List<Word> words) {
    List<String> out = new ArrayList<>();
    for (Word w : words) {
      for (Field f : fields(w, true)) {
        if (GlobPattern.hasWildcard(f.text.toString(), f.active)) {
          List<String> matches = Glob.expand(f.text.toString(), f.active, state.cwd, paths);
          if (!matches.isEmpty()) {
            out.addAll(matches);
            continue;
          }
        }
        out.add(f.text.toString());
      }
    }
    return out;
  }

  /** One word as a single string: no splitting, no globs (assignments, redirection targets). */
  String single(Word w) {
    StringBuilder b = new StringBuilder();
    for (Field f : fields(w, false)) {
      b.append(f.text);
    }
    return b.toString();
  }

  private List<Field> fields(Word w, boolean split) {
    List<Field> out = new ArrayList<>();
    Field cur = new Field();
    List<WordPart> parts = w.parts();
    for (int k = 0; k < parts.size(); k++) {
      WordPart part = parts.get(k);
      if (part instanceof Literal l) {
        String text = l.text();
        if (k == 0 && !l.quoted() && (text.equals("~") || text.startsWith("~/"))) {
          cur.append(paths.root().toString(), false);
          text = text.substring(1);
        }
        cur.append(text, !l.quoted());
        cur.keep |= l.quoted();
      } else if (part instanceof Variable v) {
        String value = value(v.name());
        if (v.quoted() || !split) {
          cur.append(value, false);
          cur.keep |= v.quoted();
          continue;
        }
        // Unquoted: split on blanks; the pieces' wildcards are live, as in bash.
        int i = 0;
        while (i < value.length()) {
          if (isBlank(value.charAt(i))) {
            if (!cur.isEmpty()) {
              out.add(cur);
              cur = new Field();
            }
            while (i < value.length() && isBlank(value.charAt(i))) {
              i++;
            }
          } else {
            int j = i;
            while (j < value.length() && !isBlank(value.charAt(j))) {
              j++;
            }
            cur.append(value.substring(i, j), true);
            i = j;
          }
        }
      }
    }
    if (!cur.isEmpty() || cur.keep || !split) {
      out.add(cur);
    }
    return out;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  private String value(String name) {
    return switch (name) {
      case "?" -> String.valueOf(state.lastStatus);
      case "$" -> String.valueOf(ProcessHandle.current().pid());
      case "0" -> "tutor";
      case "#" -> "0";
      case "-" -> "h";
      default -> state.get(name);
    };
  }

  /** A field being built, with which characters may still act as wildcards. */
  private static final class Field {
    final StringBuilder text = new StringBuilder();
    final BitSet active = new BitSet();
    boolean keep;

    void append(String s, boolean wild) {
      if (wild) {
        active.set(text.length(), text.length() + s.length());
      }
      text.append(s);
    }

    boolean isEmpty() {
      return text.length() == 0;
    }
  }
}
