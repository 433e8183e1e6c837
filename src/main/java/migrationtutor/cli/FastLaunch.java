package migrationtutor.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the tutor in a second JVM tuned for start-up: application class-data sharing (an archive
 * of the tutor's loaded classes, created by the first run and reused afterwards) and, for the
 * short-lived {@code tutor.jar alembic} commands, the C1 compiler only.
 *
 * <p>{@code java -jar} cannot pass JVM options itself, and a cold JVM spends most of an {@code
 * alembic} command loading and verifying classes and compiling them: measured on 2 cores, a {@code
 * current} took 416 ms plainly and 263 ms with both options, plus about 50 ms for this launching
 * JVM. Anything unusual (not started from a jar, no java launcher, no writable cache, {@code
 * TUTOR_FAST_LAUNCH=0}) runs the tutor in this JVM as before.
 */
final class FastLaunch {
  private static final String CHILD_PROPERTY = "tutor.launched";

  private FastLaunch() {}

  /** Runs the command in a tuned child JVM and returns its exit status, or empty to run here. */
  static OptionalInt run(String[] args) {
    if (System.getProperty(CHILD_PROPERTY) != null
        || "0".equals(System.getenv("TUTOR_FAST_LAUNCH"))) {
      return OptionalInt.empty();
    }
    Optional<Path> jar = ownJar();
    Optional<Path> java = javaLauncher();
    Optional<Path> cacheDir = archiveDirectory();
    if (jar.isEmpty() || java.isEmpty() || cacheDir.isEmpty()) {
      return OptionalInt.empty();
    }
    boolean shortLived = args.length > 0 && args[0].equals("alembic");
    Path archive;
    try {
      archive = cacheDir.get().resolve(archiveName(jar.get(), shortLived));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    boolean create = !Files.isRegularFile(archive);
    Path partial =
        cacheDir
            .get()
            .resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    List<String> command = new ArrayList<>();
    command.add(java.get().toString());
    command.add(
        create ? "-XX:ArchiveClassesAtExit=" + partial : "-XX:SharedArchiveFile=" + archive);
    command.add("-Xlog:cds=off");
    command.add("-Xlog:cds+dynamic=off");
    if (shortLived) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.add("-D" + CHILD_PROPERTY + "=1");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    ignoreInterrupts();
    // If this launcher is told to stop, the child is asked to stop too.
    Thread stopChild =
        new Thread(
            () -> {
              if (child.isAlive()) {
                child.destroy();
              }
            });
    Runtime.getRuntime().addShutdownHook(stopChild);
    int status = waitFor(child);
    if (create) {
      publish(partial, archive);
    }
    return OptionalInt.of(status);
  }

  /**
   * Ctrl-C at the terminal signals both JVMs; only the child (the tutor, or an alembic command)
   * decides what it means, so this launcher must not die of it and take the child down.
   */
  private static void ignoreInterrupts() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {});
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // No SIGINT on this platform: nothing to ignore.
    }
  }

  private static int waitFor(Process child) {
    boolean interrupted = false;
    while (true) {
      try {
        int status = child.waitFor();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return status;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  /** Moves a freshly written archive into place and removes archives of older jars. */
  private static void publish(Path partial, Path archive) {
    try {
      if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
        Files.move(
            partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.deleteIfExists(partial);
      long hourAgo = System.currentTimeMillis() - 3_600_000L;
      try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "tutor-*")) {
        String keepPrefix = archive.getFileName().toString().replaceFirst("-(c1|c2)\\.jsa$", "");
        for (Path p : old) {
          boolean otherJar = !p.getFileName().toString().startsWith(keepPrefix);
          // A run killed while writing its archive leaves a .part behind.
          boolean abandoned =
              p.toString().endsWith(".part") && Files.getLastModifiedTime(p).toMillis() < hourAgo;
          if ((otherJar && !p.toString().endsWith(".part")) || abandoned) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException e) {
      // Without an archive the next start is only slower.
    }
  }

  /** One archive per jar build, JDK and compiler mode: a changed jar never reuses a stale one. */
  private static String archiveName(Path jar, boolean shortLived) throws IOException {
    String jdk = System.getProperty("java.vm.version", "jdk").replaceAll("[^A-Za-z0-9.]", "_");
    return "tutor-"
        + Files.size(jar)
        + "-"
        + Files.getLastModifiedTime(jar).toMillis()
        + "-"
        + jdk
        + (shortLived ? "-c1" : "-c2")
        + ".jsa";
  }

  private static Optional<Path> ownJar() {
    try {
      Path p =
          Path.of(FastLaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar")
          ? Optional.of(p)
          : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> javaLauncher() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
  }

  private static Optional<Path> archiveDirectory() {
    try {
      String xdg = System.getenv("XDG_CACHE_HOME");
      String home = System.getProperty("user.home");
      Path root =
          xdg != null && !xdg.isBlank()
              ? Path.of(xdg, "migration-tutor")
              : Path.of(home, ".cache", "migration-tutor");
      Path dir = Files.createDirectories(root.resolve("cds"));
      return Files.isWritable(dir) ? Optional.of(dir) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
