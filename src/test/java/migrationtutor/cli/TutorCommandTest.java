package migrationtutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command's options (running it starts the console, tested in ui.console). */
class TutorCommandTest {
  @Test
  void helpNamesTheConsoleOptions() {
    CommandLine cmd = TutorCommand.commandLine();
    StringWriter out = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    assertEquals(0, cmd.execute("--help"));
    String help = out.toString();
    for (String option :
        new String[] {
          "--workspace=DIR",
          "--plain",
          "--no-color",
          "tutor-workspace",
          "alembic",
          "Starts or resumes"
        }) {
      assertTrue(help.contains(option), help);
    }
  }

  @Test
  void optionsAreParsed() {
    CommandLine cmd = TutorCommand.commandLine();
    cmd.parseArgs("--plain", "--workspace", "/tmp/x", "--no-color");
    TutorCommand root = cmd.getCommand();
    assertEquals(Path.of("/tmp/x"), root.workspace);
    assertTrue(root.plain);
    assertTrue(root.noColor);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CommandLine cmd = TutorCommand.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    assertEquals(ExitCode.USAGE.code(), cmd.execute("--nope"));
    assertTrue(err.toString().contains("Unknown option: '--nope'"), err.toString());
  }
}
