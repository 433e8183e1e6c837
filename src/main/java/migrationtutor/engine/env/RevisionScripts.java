package migrationtutor.engine.env;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.EngineFailures;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.load.PythonFiles;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.EvalPolicy;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.revision.Revision;
import migrationtutor.engine.runtime.MigrationContext;
import migrationtutor.engine.runtime.ScriptRunner;
import migrationtutor.engine.script.RevisionModule;
import migrationtutor.engine.script.Script;
import migrationtutor.engine.script.ScriptDirectory;
import migrationtutor.engine.stdlib.StdlibModules;

/**
 * Revision files as Alembic uses them: loading one runs its top level (strictly, within the
 * supported subset) and reads {@code revision}, {@code down_revision}, {@code branch_labels} and
 * {@code depends_on}; running one calls its {@code upgrade()} or {@code downgrade()} with {@code
 * op} bound to the migration in progress.
 */
public final class RevisionScripts implements ScriptDirectory.ScriptLoader, ScriptRunner {
  // script/base.py _legacy_rev: a revision id taken from the file name.
  private static final Pattern LEGACY = Pattern.compile("([a-f0-9]+)\\.py");
  private final PythonFiles files;
  private final Interpreter interpreter;
  private final EngineBindings bindings;
  private PyValue currentOperations;
  private final java.util.Map<Path, RevisionHeaderCache> headerCaches = new java.util.HashMap<>();

  public RevisionScripts(PythonFiles files, EngineBindings bindings, Clock clock) {
    this(files, bindings, clock, text -> {});
  }

  /**
   * Revision files whose {@code print()} output goes to {@code stdout} (the command's standard
   * output, as in Alembic, where a migration's print lands among the --sql output).
   */
  public RevisionScripts(
      PythonFiles files,
      EngineBindings bindings,
      Clock clock,
      java.util.function.Consumer<String> stdout) {
    this.files = files;
    this.bindings = bindings;
    PyModule alembic = new PyModule("alembic");
    OpProxy op = new OpProxy(() -> currentOperations);
    alembic.put("op", op);
    ModuleResolver resolver =
        new ModuleResolver(
            List.of(
                name ->
                    switch (name) {
                      case "alembic" -> Optional.of(alembic);
                      case "alembic.op" -> Optional.of(op);
                      case "typing" -> Optional.of(StdlibModules.typing());
                      case "datetime" -> Optional.of(StdlibModules.datetime(clock));
                      case "decimal" -> Optional.of(StdlibModules.decimal());
                      case "enum" -> Optional.of(StdlibModules.enumModule());
                      default -> Optional.empty();
                    },
                bindings::sqlalchemyModule),
            null,
            false);
    this.interpreter =
        Interpreter.builder()
            .policy(EvalPolicy.revisionScript())
            .loader(resolver)
            .print(stdout)
            .build();
  }

  @Override
  public Script load(Path file) {
    String fileName = file.getFileName().toString();
    RevisionHeaderCache cache =
        headerCaches.computeIfAbsent(file.getParent(), RevisionHeaderCache::forFolder);
    Optional<RevisionHeaderCache.Stamp> stamp = RevisionHeaderCache.Stamp.of(file);
    if (stamp.isPresent()) {
      Optional<RevisionHeaderCache.Header> known = cache.lookup(fileName, stamp.get());
      if (known.isPresent()) {
        return new Script(
            known.get().revision(),
            file.toAbsolutePath().normalize(),
            known.get().doc(),
            new Loaded(() -> execute(file)));
      }
    }
    PyModule module = execute(file);
    Script script = describe(file, module);
    if (stamp.isPresent() && TopLevel.isInert(files.parse(file))) {
      cache.record(
          fileName,
          new RevisionHeaderCache.Header(stamp.get(), script.revision(), script.longdocRaw()));
    }
    return script;
  }

  @Override
  public void loaded() {
    headerCaches.values().forEach(RevisionHeaderCache::save);
  }

  private PyModule execute(Path file) {
    try {
      return interpreter.execute(
          files.parse(file), file.getFileName().toString().replaceAll("\\W", "_"));
    } catch (HostError e) {
      throw unwrap(e);
    } catch (RuntimeException e) {
      throw files.translate(e);
    }
  }

  private Script describe(Path file, PyModule module) {
    String fileName = file.getFileName().toString();
    String id;
    PyValue rev = module.get("revision");
    if (rev == null) {
      Matcher m = LEGACY.matcher(fileName);
      if (!m.matches()) {
        throw new CommandError(
            "Could not determine revision id from filename "
                + fileName
                + ". Be sure the 'revision' variable is declared inside the script (please see"
                + " 'Upgrading from Alembic 0.1 to 0.2' in the documentation).");
      }
      id = m.group(1);
    } else {
      id = rev.str();
    }
    PyValue down = module.get("down_revision");
    if (down == null) {
      throw new PythonError(
          "AttributeError", "module '" + module.name() + "' has no attribute 'down_revision'");
    }
    Revision revision =
        new Revision(
            id, tuple(down), tuple(module.get("branch_labels")), tuple(module.get("depends_on")));
    PyValue doc = module.get("__doc__");
    return new Script(
        revision,
        file.toAbsolutePath().normalize(),
        doc == null || doc == PyNone.NONE ? null : doc.str(),
        new Loaded(() -> module));
  }

  /** Alembic's {@code util.to_tuple}: None is empty, a string one element, a sequence itself. */
  private static List<String> tuple(PyValue v) {
    List<String> out = new ArrayList<>();
    if (v == null || v == PyNone.NONE) {
      return out;
    }
    if (v instanceof PyStr s) {
      out.add(s.value());
    } else if (v instanceof PyTuple t) {
      t.items().forEach(i -> out.add(i.str()));
    } else if (v instanceof PyList l) {
      l.items().forEach(i -> out.add(i.str()));
    } else {
      out.add(v.str());
    }
    return out;
  }

  @Override
  public void run(Script script, boolean upgrade, MigrationContext context) {
    PyModule module = ((Loaded) script.module()).module();
    PyValue previous = currentOperations;
    currentOperations = bindings.operations(context);
    try {
      interpreter.call(module, upgrade ? "upgrade" : "downgrade", Args.none());
    } catch (PyException e) {
      Optional<RuntimeException> engine = bindings.engineError(e);
      if (engine.isPresent()) {
        throw located(EngineFailures.normalize(engine.get()), e.file(), e.span(), e.function());
      }
      throw files.translate(e);
    } catch (HostError e) {
      throw unwrap(e);
    } catch (RuntimeException e) {
      throw files.translate(EngineFailures.normalize(e));
    } finally {
      currentOperations = previous;
    }
  }

  /**
   * A binding's error with the frame of the script line that called it, as the last frame of a
   * Python traceback shows it.
   */
  RuntimeException unwrap(HostError e) {
    return located(EngineFailures.normalize(e.error()), e.file(), e.span(), e.function());
  }

  private RuntimeException located(
      RuntimeException error, String file, migrationtutor.engine.pysrc.Span span, String function) {
    if (file == null || span == null) {
      return error instanceof EngineError ? error : files.translate(error);
    }
    if (error instanceof PythonError p && p.frame().isEmpty()) {
      return p.at(
          new PythonError.Frame(
              file, span.line(), function, files.line(Path.of(file), span.line())));
    }
    if (error instanceof SourceLimitError s && s.location() == null) {
      return new SourceLimitError(file + ":" + span.line() + ":" + span.column(), s.getMessage());
    }
    return error instanceof EngineError ? error : files.translate(error);
  }

  /** A revision file's module, evaluated when first needed (at once unless from the cache). */
  private static final class Loaded implements RevisionModule {
    private final java.util.function.Supplier<PyModule> load;
    private PyModule module;

    Loaded(java.util.function.Supplier<PyModule> load) {
      this.load = load;
    }

    PyModule module() {
      if (module == null) {
        module = load.get();
      }
      return module;
    }

    @Override
    public boolean hasFunction(String name) {
      return module().get(name) != null;
    }
  }
}
