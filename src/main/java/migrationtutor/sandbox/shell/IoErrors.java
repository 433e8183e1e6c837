package migrationtutor.sandbox.shell;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import migrationtutor.sandbox.workspace.SandboxPathException;

/** I/O failures in the words GNU tools use for them ({@code strerror} texts). */
public final class IoErrors {
  private IoErrors() {}

  /** The errno-style text for {@code e}, e.g. {@code No such file or directory}. */
  public static String describe(IOException e) {
    if (e instanceof SandboxPathException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "File exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String r = f.getReason();
      return r.isEmpty()
          ? "Input/output error"
          : Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "Input/output error" : m;
  }
}
