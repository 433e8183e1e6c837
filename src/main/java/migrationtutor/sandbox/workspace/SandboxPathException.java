package migrationtutor.sandbox.workspace;

import java.io.IOException;

/**
 * A path a learner typed that the sandbox will not touch: outside the workspace (by {@code ..}, an
 * absolute path or a symbolic link), or inside the tutor's own {@code .tutor} folder. It is an
 * {@link IOException} so that shell commands report it where they report "No such file or
 * directory", as {@code cat: /etc/passwd: outside the tutor's workspace}.
 */
public final class SandboxPathException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The path as typed. */
  private final String typed;

  /** {@code typed} is refused for {@code reason} (a lower-case phrase, like errno texts). */
  public SandboxPathException(String typed, String reason) {
    super(reason);
    this.typed = typed;
  }

  /** The path as the learner typed it. */
  public String typed() {
    return typed;
  }
}
