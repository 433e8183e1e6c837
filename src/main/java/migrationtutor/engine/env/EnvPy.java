package migrationtutor.engine.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.command.CommandContext;
import migrationtutor.engine.load.PythonFiles;
import migrationtutor.engine.models.ModelBindings;
import migrationtutor.engine.pyeval.EvalPolicy;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.script.ScriptDirectory;
import migrationtutor.engine.stdlib.SandboxModules;
import migrationtutor.engine.stdlib.StdlibModules;

/**
 * Runs a project's env.py the way {@code ScriptDirectory.run_env()} does — statically, with {@code
 * alembic.context} bound to an {@link EnvironmentContext} for the command — and closes every
 * connection it opened, whatever happens.
 */
public final class EnvPy {
  private EnvPy() {}

  /**
   * Runs env.py for a command.
   *
   * @param root the folder evaluated code may look into (the project, or the learner's workspace)
   * @return the environment context, for the command to inspect what env.py configured
   */
  public static EnvironmentContext run(
      CommandContext ctx,
      ScriptDirectory scripts,
      EnvironmentContext.Request request,
      EngineBindings bindings,
      PythonFiles files,
      Path root) {
    Path envPy = scripts.envPy();
    if (!Files.isRegularFile(envPy)) {
      throw new PythonError("ImportError", "Can't find Python file " + envPy);
    }
    EnvironmentContext context = new EnvironmentContext(ctx, request);
    List<ConnectionValue> connections = new ArrayList<>();
    EnvHost host = new EnvHost(ctx, root, scripts.settings().prependSysPath());
    SqlAlchemyEnv sqlalchemy =
        new SqlAlchemyEnv(ctx.invocation().workingDir(), root, connections::add);
    ProjectModules project =
        new ProjectModules(host.sysPath(), ctx.invocation().workingDir(), root, files);
    PyModule alembic = new PyModule("alembic");
    alembic.put("context", context);
    OpProxy op =
        new OpProxy(
            () ->
                context.migrationContext() == null
                    ? null
                    : bindings.operations(context.migrationContext()));
    alembic.put("op", op);
    SandboxModules sandbox = new SandboxModules(host);
    // The declarative API builds its tables with the same sqlalchemy module the models import.
    ModuleResolver[] loader = new ModuleResolver[1];
    ModelBindings models =
        new ModelBindings(
            () -> (PyModule) loader[0].load("sqlalchemy", 0, "env_py"),
            text -> {
              ctx.console().err().print(text);
              ctx.console().err().flush();
            });
    context.useModels(models);
    ModuleResolver resolver =
        new ModuleResolver(
            List.of(
                name ->
                    switch (name) {
                      case "alembic" -> Optional.of(alembic);
                      case "alembic.context" -> Optional.of(context);
                      case "alembic.op" -> Optional.of(op);
                      case "typing" -> Optional.of(StdlibModules.typing());
                      case "datetime" ->
                          Optional.of(StdlibModules.datetime(ctx.invocation().clock()));
                      case "decimal" -> Optional.of(StdlibModules.decimal());
                      case "enum" -> Optional.of(StdlibModules.enumModule());
                      case "asyncio" -> Optional.of(StdlibModules.asyncio());
                      default -> sandbox.module(name).map(m -> (PyValue) m);
                    },
                sqlalchemy::module,
                models::module,
                name -> sqlalchemyModule(bindings, sqlalchemy, name)),
            project,
            true);
    loader[0] = resolver;
    // print() in env.py writes to the command's standard output, as Python's does.
    Interpreter interpreter =
        Interpreter.builder()
            .policy(EvalPolicy.tolerant())
            .loader(resolver)
            .print(
                text -> {
                  ctx.console().out().print(text);
                  ctx.console().out().flush();
                })
            .build();
    project.useInterpreter(interpreter);
    request.onStart().accept(context);
    try {
      interpreter.execute(files.parse(envPy), "env_py");
    } catch (HostError e) {
      throw unwrap(e, files);
    } catch (RuntimeException e) {
      throw files.translate(e);
    } finally {
      connections.forEach(ConnectionValue::close);
    }
    return context;
  }

  private static Optional<PyValue> sqlalchemyModule(
      EngineBindings bindings, SqlAlchemyEnv env, String name) {
    Optional<PyValue> module = bindings.sqlalchemyModule(name);
    if (name.equals("sqlalchemy") && module.isPresent() && module.get() instanceof PyModule m) {
      env.extend(m);
    }
    return module;
  }

  private static RuntimeException unwrap(HostError e, PythonFiles files) {
    RuntimeException inner = e.error();
    String where =
        e.file() == null || e.span() == null
            ? null
            : e.file() + ":" + e.span().line() + ":" + e.span().column();
    if (inner instanceof SourceLimitError s && s.location() == null && where != null) {
      return new SourceLimitError(where, s.getMessage());
    }
    if (inner instanceof PythonError p
        && p.frame().isEmpty()
        && e.file() != null
        && e.span() != null) {
      return p.at(
          new PythonError.Frame(
              e.file(),
              e.span().line(),
              e.function(),
              files.line(Path.of(e.file()), e.span().line())));
    }
    if (inner instanceof EngineError) {
      return inner;
    }
    return files.translate(inner);
  }
}
