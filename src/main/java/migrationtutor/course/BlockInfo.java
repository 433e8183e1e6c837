package migrationtutor.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fenced block's info string, read the tutor's way: {@code [LANGUAGE] KIND [ARGUMENT]
 * [name=VALUE]...}, where KIND is one of {@link #KINDS}. The language may come first so that GitHub
 * highlights the block ({@code ```diff solution alembic/env.py}); a block without a kind is prose.
 *
 * @param language the highlighting language, or null
 * @param kind the tutor's kind, or null for a prose block
 * @param args the words after the kind that are not {@code name=value}
 * @param attributes the {@code name=value} words
 */
record BlockInfo(String language, String kind, List<String> args, Map<String, String> attributes) {
  static final Set<String> KINDS = Set.of("check", "hint", "solution", "wrong", "schema");

  static BlockInfo of(String info) {
    String[] words = info == null ? new String[0] : info.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return new BlockInfo(null, null, List.of(), Map.of());
    }
    int k;
    if (KINDS.contains(words[0])) {
      k = 0;
    } else if (words.length > 1 && KINDS.contains(words[1])) {
      k = 1;
    } else {
      return new BlockInfo(words[0], null, List.of(), Map.of());
    }
    List<String> args = new ArrayList<>();
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = k + 1; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      if (eq > 0) {
        attrs.put(words[i].substring(0, eq), words[i].substring(eq + 1));
      } else {
        args.add(words[i]);
      }
    }
    return new BlockInfo(k == 1 ? words[0] : null, words[k], args, attrs);
  }

  /** A word of a prose block's info string that looks like a misspelt kind, or null. */
  static String misspeltKind(String info) {
    if (info == null) {
      return null;
    }
    for (String w : info.strip().split("\\s+")) {
      for (String kind : KINDS) {
        if (w.length() >= 4
            && !w.equals(kind)
            && migrationtutor.engine.util.EditDistance.of(w, kind) <= 1) {
          return kind;
        }
      }
    }
    return null;
  }
}
