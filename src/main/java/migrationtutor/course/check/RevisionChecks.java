package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The checks on revisions: that one exists (and what it revises), and where the database is. */
final class RevisionChecks {
  private RevisionChecks() {}

  static CheckResult exists(Check.RevisionExists c, Probe p) {
    RevisionFacts facts = p.revisions();
    if (facts.problem() != null) {
      return CheckResult.fail(c, facts.problem());
    }
    List<RevisionFacts.Rev> found = facts.withMessage(c.message());
    if (found.size() != 1) {
      return CheckResult.fail(c, notOne(c.message(), found, facts));
    }
    RevisionFacts.Rev rev = found.get(0);
    if (c.revises().isEmpty()) {
      return CheckResult.pass(c);
    }
    String parent = c.revises().get();
    String actual =
        rev.down().isEmpty()
            ? "starts from base"
            : "revises "
                + String.join(
                    ", ", rev.down().stream().map(d -> "\"" + facts.name(d) + "\"").toList());
    boolean ok =
        parent.equals("base")
            ? rev.down().isEmpty()
            : rev.down().stream()
                .anyMatch(
                    d -> RevisionFacts.slug(facts.name(d)).equals(RevisionFacts.slug(parent)));
    if (ok) {
      return CheckResult.pass(c);
    }
    return CheckResult.fail(
        c,
        "\""
            + rev.message()
            + "\" "
            + actual
            + ", expected it to "
            + (parent.equals("base") ? "start from base" : "revise \"" + parent + "\""));
  }

  static CheckResult at(Check.DatabaseAt c, Probe p) {
    List<String> versions = p.database().versions();
    RevisionFacts facts = p.revisions();
    String target = c.target();
    boolean ok;
    String expected;
    if (target.equals("base")) {
      ok = versions.isEmpty();
      expected = "base";
    } else {
      if (facts.problem() != null) {
        throw new Unavailable(facts.problem());
      }
      List<String> wanted = new ArrayList<>();
      if (target.equals("head")) {
        wanted.addAll(facts.heads());
        if (wanted.isEmpty()) {
          return CheckResult.fail(c, "there are no revisions yet, so there is no head");
        }
        expected = "head (" + names(wanted, facts) + ")";
      } else {
        List<RevisionFacts.Rev> found = facts.withMessage(target);
        if (found.size() != 1) {
          return CheckResult.fail(c, notOne(target, found, facts));
        }
        wanted.add(found.get(0).id());
        expected = found.get(0).message();
      }
      ok = new HashSet<>(versions).equals(new HashSet<>(wanted));
    }
    if (ok) {
      return CheckResult.pass(c);
    }
    String current = versions.isEmpty() ? "base" : names(versions, facts);
    return CheckResult.fail(c, "database is at " + current + ", expected " + expected);
  }

  private static String names(List<String> ids, RevisionFacts facts) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(facts.byId(id).isPresent() ? facts.name(id) : id + ", which has no revision file");
    }
    return String.join(", ", out);
  }

  /** Why {@code found} is not exactly one revision with {@code message}. */
  static String notOne(String message, List<RevisionFacts.Rev> found, RevisionFacts facts) {
    if (found.isEmpty()) {
      List<String> all = facts.revisions().stream().map(r -> "\"" + r.message() + "\"").toList();
      return "there is no revision \""
          + message
          + "\""
          + (all.isEmpty()
              ? " (there are no revisions yet)"
              : " (there is " + String.join(", ", all) + ")");
    }
    return found.size()
        + " revisions have the message \""
        + message
        + "\"; keep one of "
        + String.join(", ", found.stream().map(r -> r.path().getFileName().toString()).toList());
  }
}
