package migrationtutor.sandbox.shell.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.command.AlembicCli;
import migrationtutor.engine.command.Invocation;
import migrationtutor.engine.output.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion table says what the engine's own {@code --help} says. */
class AlembicCompletionTableTest {
  @TempDir Path tmp;

  private String help(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    AlembicCli.run(
        new Invocation(
            tmp,
            List.of(args),
            Map.of(),
            Console.of(ps, ps),
            200,
            Clock.systemUTC(),
            f -> {},
            tmp));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void subcommandsAndOptionsMatchTheEngine() {
    String top = help("--help");
    Matcher m = Pattern.compile("\\{([a-z_,]+)\\}").matcher(top);
    m.find();
    assertEquals(
        List.of(m.group(1).split(",")), new ArrayList<>(AlembicCompletion.SUBCOMMANDS.keySet()));
    for (var e : AlembicCompletion.SUBCOMMANDS.entrySet()) {
      TreeSet<String> expected = new TreeSet<>();
      // The option lines: "  -m MESSAGE, --message MESSAGE" or "  --sql".
      Matcher o =
          Pattern.compile("(?m)^  (?:-\\w(?: [A-Z_]+)?, )?(--[a-z-]+)( [A-Z_]+)?")
              .matcher(help(e.getKey(), "--help"));
      while (o.find()) {
        expected.add(o.group(1) + (o.group(2) == null ? "" : "="));
      }
      expected.remove("--help");
      assertEquals(expected, new TreeSet<>(e.getValue()), e.getKey());
    }
  }
}
