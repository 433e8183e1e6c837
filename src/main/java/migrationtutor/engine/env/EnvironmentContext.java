package migrationtutor.engine.env;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.autogen.TargetMetadata;
import migrationtutor.engine.command.CommandContext;
import migrationtutor.engine.models.ModelBindings;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;
import migrationtutor.engine.runtime.DatabaseUrl;
import migrationtutor.engine.runtime.MigrationContext;
import migrationtutor.engine.runtime.MigrationFn;
import migrationtutor.engine.runtime.MigrationOptions;

/**
 * {@code alembic.context} while env.py runs: Alembic's {@code EnvironmentContext}. env.py reads the
 * configuration from it, calls {@code configure(...)} (which creates the {@link MigrationContext}
 * and prints the context lines) and {@code run_migrations()} (which does the command's work).
 */
public final class EnvironmentContext implements PyNative {
  private static final Signature CONFIGURE =
      Signature.parse(
          "configure(connection=None, url=None,"
              + " dialect_name=None, dialect_opts=None, transactional_ddl=None,"
              + " transaction_per_migration=False, output_buffer=None, starting_rev=None, tag=None,"
              + " template_args=None, render_as_batch=False, target_metadata=None, include_name=None,"
              + " include_object=None, include_schemas=False, process_revision_directives=None,"
              + " compare_type=False, compare_server_default=False, render_item=None,"
              + " literal_binds=False, upgrade_token='upgrades', downgrade_token='downgrades',"
              + " alembic_module_prefix='op.', sqlalchemy_module_prefix='sa.', user_module_prefix=None,"
              + " on_version_apply=None, **kw)");

  /** What the command asks of this run ({@code EnvironmentContext}'s constructor arguments). */
  public record Request(
      MigrationContext.EnvironmentSettings settings,
      String destinationRev,
      String tag,
      MigrationFn fn,
      Consumer<EnvironmentContext> onStart) {
    /** A request that does not need the context before env.py runs. */
    public Request(
        MigrationContext.EnvironmentSettings settings,
        String destinationRev,
        String tag,
        MigrationFn fn) {
      this(settings, destinationRev, tag, fn, c -> {});
    }
  }

  private final CommandContext ctx;
  private final Request request;
  private final ConfigValue config;
  private MigrationContext migrationContext;
  private MigrationOptions options;
  private ModelBindings models;
  private List<String> autogenHooks = List.of();

  EnvironmentContext(CommandContext ctx, Request request) {
    this.ctx = ctx;
    this.request = request;
    this.config = new ConfigValue(ctx);
  }

  /** The migration context env.py configured, or null if it has not called configure yet. */
  public MigrationContext migrationContext() {
    return migrationContext;
  }

  /** The options env.py passed to configure, or null. */
  public MigrationOptions options() {
    return options;
  }

  /** The declarative bindings the project's models were read with (set before env.py runs). */
  void useModels(ModelBindings models) {
    this.models = models;
  }

  /**
   * The tables of {@code target_metadata} as the models define them, for autogenerate.
   *
   * @throws IllegalStateException if configure() was not called
   */
  public TargetMetadata targetMetadata() {
    if (options == null) {
      throw new IllegalStateException("context.configure() was not called");
    }
    return models.targetMetadata(options.targetMetadata());
  }

  /**
   * The {@code configure(...)} options that customise autogenerate which the engine does not run
   * ({@code include_object=...}), as env.py spelled them; empty when none was given.
   */
  public List<String> unsupportedAutogenOptions() {
    return autogenHooks;
  }

  ConfigValue config() {
    return config;
  }

  @Override
  public String typeName() {
    return "EnvironmentContext";
  }

  @Override
  public String repr() {
    return "<alembic.runtime.environment.EnvironmentContext object>";
  }

  @Override
  public PyValue attribute(String name) {
    return switch (name) {
      case "config" -> config;
      case "configure" -> NativeFunction.of(CONFIGURE, this::configure);
      case "run_migrations" -> NativeFunction.of("run_migrations", (Args a) -> runMigrations());
      case "begin_transaction" -> NativeFunction.of(name, (Args a) -> new NoTransaction());
      case "is_offline_mode" ->
          NativeFunction.of(name, (Args a) -> PyBool.of(request.settings().asSql()));
      case "is_transactional_ddl" -> NativeFunction.of(name, (Args a) -> PyBool.FALSE);
      case "get_x_argument" ->
          NativeFunction.of(
              Signature.parse("get_x_argument(as_dictionary=False)"),
              b -> xArguments(b.get("as_dictionary").truthy()));
      case "get_tag_argument" -> NativeFunction.of(name, (Args a) -> str(request.tag()));
      case "get_starting_revision_argument" ->
          NativeFunction.of(name, (Args a) -> str(request.settings().startingRev()));
      case "get_revision_argument" ->
          NativeFunction.of(name, (Args a) -> str(request.destinationRev()));
      case "get_context" ->
          NativeFunction.of(
              name,
              (Args a) -> {
                requireContext();
                return new PyUnknown("MigrationContext");
              });
      case "get_bind" ->
          NativeFunction.of(
              name,
              (Args a) -> {
                requireContext();
                return new PyUnknown("connection");
              });
      case "script" -> new PyUnknown("ScriptDirectory");
      default -> null;
    };
  }

  private static PyValue str(String s) {
    return s == null ? PyNone.NONE : new PyStr(s);
  }

  private PyValue xArguments(boolean asDictionary) {
    List<String> xs = ctx.config().xArguments();
    if (!asDictionary) {
      return new PyList(xs.stream().<PyValue>map(PyStr::new).toList());
    }
    // dict(arg.split("=", 1) for arg in value): an argument without "=" splits into one item.
    Map<PyValue, PyValue> d = new LinkedHashMap<>();
    for (int i = 0; i < xs.size(); i++) {
      String x = xs.get(i);
      int eq = x.indexOf('=');
      if (eq < 0) {
        throw new PyException(
            "ValueError",
            "dictionary update sequence element #" + i + " has length 1; 2 is required");
      }
      d.put(new PyStr(x.substring(0, eq)), new PyStr(x.substring(eq + 1)));
    }
    return new PyDict(d);
  }

  private void requireContext() {
    if (migrationContext == null) {
      throw new PyException("Exception", "No context has been configured yet.");
    }
  }

  private PyValue configure(BoundArgs b) {
    Map<String, PyValue> kw =
        ((PyDict) b.get("kw"))
            .entries().entrySet().stream()
                .collect(
                    LinkedHashMap::new,
                    (m, e) -> m.put(e.getKey().str(), e.getValue()),
                    Map::putAll);
    List<String> hooks = new java.util.ArrayList<>();
    for (String hook :
        List.of(
            "include_name",
            "include_object",
            "process_revision_directives",
            "render_item",
            "user_module_prefix")) {
      if (b.get(hook) != PyNone.NONE) {
        hooks.add(hook + "=...");
      }
    }
    if (b.get("include_schemas").truthy()) {
      hooks.add("include_schemas=True");
    }
    autogenHooks = List.copyOf(hooks);
    options =
        new MigrationOptions(
            kw.containsKey("version_table") ? kw.get("version_table").str() : "alembic_version",
            !kw.containsKey("version_table_pk") || kw.get("version_table_pk").truthy(),
            b.get("literal_binds").truthy(),
            b.get("target_metadata"),
            b.get("render_as_batch").truthy(),
            b.get("compare_type").truthy(),
            b.get("compare_server_default").truthy(),
            b.get("transaction_per_migration").truthy());
    try {
      if (request.settings().asSql()) {
        offlineDialect(b);
        String url =
            b.get("url") instanceof PyStr s ? DatabaseUrl.parse(s.value()).obfuscated() : "";
        migrationContext = new MigrationContext(ctx, request.settings(), options, null, url);
      } else {
        PyValue connection = b.get("connection");
        if (!(connection instanceof ConnectionValue c)) {
          throw new SourceLimitError(
              null,
              "env.py must pass an open SQLAlchemy connection to"
                  + " context.configure(connection=...) for online migrations; it passed "
                  + (connection == PyNone.NONE ? "none" : connection.repr()));
        }
        migrationContext =
            new MigrationContext(
                ctx, request.settings(), options, c.session(), c.engine().url().obfuscated());
      }
    } catch (EngineError e) {
      throw new HostError(e);
    }
    return PyNone.NONE;
  }

  private void offlineDialect(BoundArgs b) {
    PyValue url = b.get("url");
    PyValue dialectName = b.get("dialect_name");
    if (url instanceof PyStr s) {
      DatabaseUrl parsed = DatabaseUrl.parse(s.value());
      if (!parsed.isKnownDialect()) {
        throw parsed.unknownDialect();
      }
      requireSqlite(parsed.backend());
    } else if (dialectName instanceof PyStr d) {
      requireSqlite(d.value());
    } else if (b.get("connection") instanceof ConnectionValue) {
      return;
    } else if (url instanceof PyUnknown u) {
      throw new SourceLimitError(
          null,
          "env.py passes context.configure(url=...) a value from "
              + u.origin()
              + ", which the tutor cannot work out; set sqlalchemy.url in alembic.ini");
    } else {
      throw new PythonError("Exception", "Connection, url, or dialect_name is required.");
    }
  }

  private static void requireSqlite(String backend) {
    if (!backend.equals("sqlite")) {
      throw new SourceLimitError(
          null,
          "The tutor's migration engine renders SQL for SQLite only;"
              + " this project's URL is for "
              + backend
              + ". Point sqlalchemy.url at a SQLite file,"
              + " for example sqlite:///database.db");
    }
  }

  private PyValue runMigrations() {
    requireContext();
    try {
      migrationContext.runMigrations(request.fn());
    } catch (EngineError e) {
      throw new HostError(e);
    }
    return PyNone.NONE;
  }

  /** {@code context.begin_transaction()} on SQLite: each step manages its own transaction. */
  private static final class NoTransaction implements PyNative {
    @Override
    public String typeName() {
      return "nullcontext";
    }

    @Override
    public PyValue enter() {
      return PyNone.NONE;
    }
  }
}
