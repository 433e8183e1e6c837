package migrationtutor.session;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.sandbox.shell.Candidate;

/**
 * Completion of the tutor's own commands, for front ends to offer alongside the shell's: the
 * command words (with what they do), lesson ids after {@code lesson}, and what {@code reset} takes.
 */
final class TutorCompletion {
  private TutorCompletion() {}

  static List<Candidate> complete(Course course, String line, int cursor) {
    String head = line.substring(0, Math.max(0, Math.min(cursor, line.length()))).stripLeading();
    List<Candidate> out = new ArrayList<>();
    String[] words = head.split("\\s+", -1);
    if (words.length == 1) {
      for (String[] c : SessionText.COMMANDS) {
        for (String w : c[0].split(",\\s*|\\s+")) {
          if (SessionCommand.NAMES.contains(w) && w.startsWith(words[0])) {
            out.add(new Candidate(w, c[1], true));
          }
        }
      }
    } else if (words.length == 2 && words[0].equals("lesson")) {
      for (Lesson l : course.lessons()) {
        if (l.id().startsWith(words[1])) {
          out.add(new Candidate(l.id(), l.title(), true));
        }
      }
    } else if (words.length == 2 && words[0].equals("reset")) {
      for (String[] r :
          new String[][] {{"lesson", "this lesson again"}, {"--all", "the whole course again"}}) {
        if (r[0].startsWith(words[1])) {
          out.add(new Candidate(r[0], r[1], true));
        }
      }
    }
    return out;
  }
}
