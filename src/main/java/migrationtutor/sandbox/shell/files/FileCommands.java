package migrationtutor.sandbox.shell.files;

import migrationtutor.sandbox.shell.CommandInfo;
import migrationtutor.sandbox.shell.CommandRegistry;

/** The file commands of the tutor's shell, confined to the workspace and GNU-compatible. */
public final class FileCommands {
  private FileCommands() {}

  /** Registers the file commands. */
  public static void register(CommandRegistry r) {
    r.add(
        new CommandInfo(
            "ls",
            "ls [-l] [-a] [-A] [-h] [-1] [-C] [-d] [FILE]...",
            "list files (-l details, -a hidden ones too, -h readable sizes)"),
        new Ls());
    r.add(new CommandInfo("cat", "cat [-n] [FILE]...", "print files"), new Cat());
    r.add(
        new CommandInfo("head", "head [-n N] [FILE]...", "print the first lines of files"),
        new HeadTail(true));
    r.add(
        new CommandInfo("tail", "tail [-n N | -n +N] [FILE]...", "print the last lines of files"),
        new HeadTail(false));
    r.add(
        new CommandInfo(
            "grep",
            "grep [-n] [-i] [-v] [-r] [-E] [-F] [-w] [-c] [-l] PATTERN" + " [FILE]...",
            "print lines that match a pattern"),
        new Grep());
    r.add(
        new CommandInfo(
            "tree",
            "tree [-a] [-d] [-L LEVEL] [-I PATTERN] [DIR]...",
            "show a folder and everything in it as a tree"),
        new Tree());
    r.add(
        new CommandInfo("wc", "wc [-l] [-w] [-c] [-m] [FILE]...", "count lines, words and bytes"),
        new Wc());
    r.add(
        new CommandInfo(
            "sed",
            "sed -n 'A,Bp' [FILE]...",
            "print lines A to B of a file (only this form of sed)"),
        new Sed());
    r.add(
        new CommandInfo("diff", "diff [-u] [-q] FILE1 FILE2", "compare two files line by line"),
        new Diff());
    r.add(new CommandInfo("mkdir", "mkdir [-p] DIR...", "make folders"), new Mkdir());
    r.add(
        new CommandInfo("rm", "rm [-r] [-f] FILE...", "remove files (-r: folders too)"), new Rm());
    r.add(
        new CommandInfo("cp", "cp [-r] SRC... DEST", "copy files (-r: folders too)"),
        new CopyMove(false));
    r.add(new CommandInfo("mv", "mv SRC... DEST", "move or rename files"), new CopyMove(true));
    r.add(
        new CommandInfo("touch", "touch FILE...", "create empty files, or update their time"),
        new Touch());
  }
}
