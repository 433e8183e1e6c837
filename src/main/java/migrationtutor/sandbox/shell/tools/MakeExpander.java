package migrationtutor.sandbox.shell.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Make's variable references: {@code $(NAME)}, {@code ${NAME}}, {@code $X}, {@code $$} for a
 * literal {@code $}, the automatic {@code $@ $< $^}, and the functions a Makefile uses to check its
 * arguments ({@code $(if ...)}, {@code $(error ...)}, {@code $(warning ...)}, {@code $(info ...)},
 * {@code $(strip ...)}). Command-line variables win over the Makefile's, which win over the
 * environment's.
 */
final class MakeExpander {
  /**
   * Where values come from beyond the Makefile.
   *
   * @param commandLine {@code make TARGET NAME=value} assignments, which win over the Makefile
   * @param environment the shell's environment, which the Makefile's own values override
   */
  record Lookup(Map<String, String> commandLine, Map<String, String> environment) {}

  /** Where {@code $(info ...)} and {@code $(warning ...)} print. */
  interface Messages {
    void info(String text);

    void warning(String text);
  }

  private static final int MAX_DEPTH = 64;
  private final Makefile mf;
  private final Lookup outside;
  private final Map<String, String> automatic;
  private final int line;
  private Messages messages =
      new Messages() {
        @Override
        public void info(String text) {}

        @Override
        public void warning(String text) {}
      };
  private int depth;

  /**
   * @param automatic the automatic variables ({@code @}, {@code <}, {@code ^})
   * @param line the Makefile line being expanded, for {@code $(error)} messages
   */
  MakeExpander(Makefile mf, Lookup outside, Map<String, String> automatic, int line) {
    this.mf = mf;
    this.outside = outside;
    this.automatic = automatic;
    this.line = line;
  }

  MakeExpander messages(Messages m) {
    this.messages = m;
    return this;
  }

  String expand(String s) throws MakeError {
    if (++depth > MAX_DEPTH) {
      throw new MakeError(
          mf.name
              + ":"
              + line
              + ": *** Recursive variable references itself"
              + " (eventually).  Stop.");
    }
    try {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c != '$' || i + 1 >= s.length()) {
          out.append(c);
          i++;
          continue;
        }
        char n = s.charAt(i + 1);
        if (n == '$') {
          out.append('$');
          i += 2;
        } else if (n == '(' || n == '{') {
          int close = matching(s, i + 1);
          if (close < 0) {
            throw new MakeError(
                mf.name + ":" + line + ": *** unterminated variable reference." + "  Stop.");
          }
          out.append(reference(s.substring(i + 2, close)));
          i = close + 1;
        } else {
          out.append(variable(String.valueOf(n)));
          i += 2;
        }
      }
      return out.toString();
    } finally {
      depth--;
    }
  }

  private String reference(String body) throws MakeError {
    int space = indexOfBlank(body);
    if (space > 0) {
      String fn = body.substring(0, space);
      String args = body.substring(space + 1).stripLeading();
      switch (fn) {
        case "if" -> {
          List<String> a = split(args, 3);
          String cond = expand(a.get(0)).strip();
          return !cond.isEmpty()
              ? expand(a.size() > 1 ? a.get(1) : "")
              : expand(a.size() > 2 ? a.get(2) : "");
        }
        case "error" ->
            throw new MakeError(mf.name + ":" + line + ": *** " + expand(args) + ".  Stop.");
        case "warning" -> {
          messages.warning(mf.name + ":" + line + ": " + expand(args));
          return "";
        }
        case "info" -> {
          messages.info(expand(args));
          return "";
        }
        case "strip" -> {
          return expand(args).strip().replaceAll("\\s+", " ");
        }
        default ->
            throw new MakeError(
                mf.name
                    + ":"
                    + line
                    + ": *** the function '"
                    + fn
                    + "' is not available in the tutor's make.  Stop.");
      }
    }
    return variable(expand(body));
  }

  private String variable(String name) throws MakeError {
    String auto = automatic.get(name);
    if (auto != null) {
      return auto;
    }
    String cmdline = outside.commandLine().get(name);
    if (cmdline != null) {
      return cmdline;
    }
    Makefile.Var v = mf.variables.get(name);
    if (v != null) {
      return v.recursive() ? expand(v.value()) : v.value();
    }
    return outside.environment().getOrDefault(name, "");
  }

  /** The index of the bracket closing the one at {@code open}, counting nested ones. */
  private static int matching(String s, int open) {
    char o = s.charAt(open);
    char c = o == '(' ? ')' : '}';
    int level = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == o) {
        level++;
      } else if (s.charAt(i) == c && --level == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        return i;
      }
      if (c == '$' || c == '(' || c == ':') {
        return -1;
      }
    }
    return -1;
  }

  /** Splits function arguments on commas outside nested references. */
  private static List<String> split(String args, int max) {
    List<String> out = new ArrayList<>();
    int level = 0;
    int start = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (c == '(' || c == '{') {
        level++;
      } else if (c == ')' || c == '}') {
        level--;
      } else if (c == ',' && level == 0 && out.size() < max - 1) {
        out.add(args.substring(start, i));
        start = i + 1;
      }
    }
    out.add(args.substring(start));
    return out;
  }
}
