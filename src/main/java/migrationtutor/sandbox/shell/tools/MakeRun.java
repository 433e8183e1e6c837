package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.sandbox.shell.CommandContext;

/**
 * One {@code make} run: prerequisites first, each target once, then the target's recipe. As in GNU
 * make, the whole recipe is expanded before its first line runs (so a {@code $(error ...)} check
 * stops it before anything happens), and each line runs in a fresh child shell.
 */
final class MakeRun {
  private final CommandContext ctx;
  private final Makefile mf;
  private final MakeExpander.Lookup lookup;
  private final Map<String, String> cmdline;
  private final boolean dryRun;
  private final boolean silent;
  private final Set<String> done = new HashSet<>();
  private boolean ranAny;

  MakeRun(
      CommandContext ctx,
      Makefile mf,
      MakeExpander.Lookup lookup,
      Map<String, String> cmdline,
      boolean dryRun,
      boolean silent) {
    this.ctx = ctx;
    this.mf = mf;
    this.lookup = lookup;
    this.cmdline = cmdline;
    this.dryRun = dryRun;
    this.silent = silent;
  }

  /** Makes one goal from the command line; returns make's exit status. */
  int goal(String target) {
    ranAny = false;
    boolean wasDone = done.contains(target);
    int status;
    try {
      status = build(target, null, new ArrayDeque<>());
    } catch (MakeError e) {
      ctx.out().flush();
      ctx.err().print(e.getMessage() + "\n");
      return 2;
    }
    if (status == 0 && !ranAny) {
      Makefile.Rule rule = mf.rules.get(target);
      if (rule != null && rule.recipe().isEmpty() || wasDone) {
        ctx.out().print("make: Nothing to be done for " + Make.quote(target) + ".\n");
      } else {
        ctx.out().print("make: " + Make.quote(target) + " is up to date.\n");
      }
    }
    return status;
  }

  private int build(String target, String neededBy, Deque<String> stack) throws MakeError {
    if (done.contains(target)) {
      return 0;
    }
    if (stack.contains(target)) {
      ctx.err()
          .print("make: Circular " + stack.peek() + " <- " + target + " dependency dropped.\n");
      return 0;
    }
    Makefile.Rule rule = mf.rules.get(target);
    if (rule == null) {
      if (exists(target)) {
        done.add(target);
        return 0;
      }
      ctx.out().flush();
      ctx.err()
          .print(
              "make: *** No rule to make target "
                  + Make.quote(target)
                  + (neededBy == null ? "" : ", needed by " + Make.quote(neededBy))
                  + ".  Stop.\n");
      return 2;
    }
    stack.push(target);
    for (String p : rule.prerequisites()) {
      int s = build(p, target, stack);
      if (s != 0) {
        return s;
      }
    }
    stack.pop();
    done.add(target);
    if (!mf.phony.contains(target) && rule.prerequisites().isEmpty() && exists(target)) {
      return 0; // a file with nothing it depends on is up to date
    }
    return recipe(rule);
  }

  private int recipe(Makefile.Rule rule) throws MakeError {
    Map<String, String> automatic =
        Map.of(
            "@",
            rule.target(),
            "<",
            rule.prerequisites().isEmpty() ? "" : rule.prerequisites().get(0),
            "^",
            String.join(" ", new java.util.LinkedHashSet<>(rule.prerequisites())));
    List<String> expanded = new ArrayList<>();
    for (Makefile.RecipeLine line : rule.recipe()) {
      expanded.add(
          new MakeExpander(mf, lookup, automatic, line.line())
              .messages(messages())
              .expand(line.text()));
    }
    for (int i = 0; i < expanded.size(); i++) {
      String text = expanded.get(i);
      boolean quiet = false;
      boolean ignore = false;
      int k = 0;
      while (k < text.length() && "@-+ \t".indexOf(text.charAt(k)) >= 0) {
        quiet |= text.charAt(k) == '@';
        ignore |= text.charAt(k) == '-';
        k++;
      }
      text = text.substring(k);
      if (text.isBlank()) {
        continue;
      }
      ranAny = true;
      if (dryRun || !quiet && !silent) {
        ctx.out().print(text + "\n");
      }
      if (dryRun) {
        continue;
      }
      ctx.out().flush();
      int status = ctx.runLine(text, cmdline);
      if (status != 0) {
        int line = rule.recipe().get(i).line();
        ctx.out().flush();
        if (ignore) {
          ctx.err()
              .print(
                  "make: ["
                      + mf.name
                      + ":"
                      + line
                      + ": "
                      + rule.target()
                      + "] Error "
                      + status
                      + " (ignored)\n");
        } else {
          ctx.err()
              .print(
                  "make: *** ["
                      + mf.name
                      + ":"
                      + line
                      + ": "
                      + rule.target()
                      + "] Error "
                      + status
                      + "\n");
          return 2;
        }
      }
    }
    return 0;
  }

  private MakeExpander.Messages messages() {
    return new MakeExpander.Messages() {
      @Override
      public void info(String text) {
        ctx.out().print(text + "\n");
      }

      @Override
      public void warning(String text) {
        ctx.err().print(text + "\n");
      }
    };
  }

  private boolean exists(String target) {
    try {
      return Files.exists(ctx.resolve(target));
    } catch (IOException e) {
      return false;
    }
  }
}
