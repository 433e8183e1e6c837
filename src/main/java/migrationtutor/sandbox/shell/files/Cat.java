package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code cat [-n] [FILE]...}: GNU cat. One deliberate difference: a binary file (the SQLite
 * database) is not poured onto the learner's screen; a note says to use sqlite3. Into a file it is
 * copied as is.
 */
final class Cat implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("cat", args, "n", "", Map.of("number", 'n'));
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help cat' for more information.\n");
      return 1;
    }
    List<String> names = o.operands.isEmpty() ? List.of("-") : o.operands;
    int status = 0;
    int lineNo = 0;
    boolean atLineStart = true; // numbering runs on across files, as GNU cat's does
    for (String name : names) {
      byte[] bytes;
      try {
        bytes = InputFiles.read(ctx, name);
      } catch (IOException e) {
        ctx.err().print("cat: " + Printable.of(name) + ": " + IoErrors.describe(e) + "\n");
        status = 1;
        continue;
      }
      if (ctx.terminalOutput() && InputFiles.isBinary(bytes)) {
        ctx.out().flush();
        ctx.err()
            .print(
                "cat: "
                    + Printable.of(name)
                    + ": binary file, not shown (for a"
                    + " database, use sqlite3 "
                    + Printable.of(name)
                    + ")\n");
        continue;
      }
      if (!o.has('n')) {
        ctx.out().write(bytes, 0, bytes.length);
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (String line : InputFiles.lines(bytes)) {
        if (atLineStart) {
          b.append(String.format("%6d\t", ++lineNo));
        }
        b.append(line);
        atLineStart = line.endsWith("\n");
      }
      ctx.out().print(b);
    }
    return status;
  }
}
