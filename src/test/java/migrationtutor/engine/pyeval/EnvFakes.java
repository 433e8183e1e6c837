package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fake alembic context/config, os, asyncio and async engine modules for env.py tests. */
final class EnvFakes {
  final List<String> log = new ArrayList<>();
  final Map<String, String> environ = new LinkedHashMap<>();
  final Map<String, String> options = new LinkedHashMap<>();
  boolean offline;

  /** A loader: the fakes, unknown values for other modules, not found for dotenv/app. */
  ModuleLoader loader() {
    return (name, level, importer) -> {
      switch (name) {
        case "alembic":
          return new PyModule("alembic").put("context", context());
        case "os":
          return os();
        case "asyncio":
          return new PyModule("asyncio")
              .put(
                  "run",
                  NativeFunction.of("run", a -> ((PyNative) a.positional().get(0)).awaited()));
        case "sqlalchemy.ext.asyncio":
          return new PyModule(name)
              .put(
                  "async_engine_from_config",
                  NativeFunction.of("async_engine_from_config", a -> engine()));
        case "dotenv":
        case "app":
        case "app.models":
          throw ModuleLoader.notFound(name);
        default:
          return new PyUnknown(name);
      }
    };
  }

  private PyModule os() {
    PyDict env = new PyDict();
    environ.forEach((k, v) -> env.entries().put(new PyStr(k), new PyStr(v)));
    return new PyModule("os")
        .put("environ", env)
        .put("path", new PyUnknown("os.path"))
        .put(
            "getenv",
            NativeFunction.of(
                Signature.parse("getenv(key, default=None)"),
                b -> {
                  String v = environ.get(b.get("key").str());
                  return v == null ? b.get("default") : new PyStr(v);
                }));
  }

  private PyNative context() {
    PyModule config =
        new PyModule("config")
            .put("config_file_name", new PyStr("alembic.ini"))
            .put("config_ini_section", new PyStr("alembic"))
            .put(
                "set_main_option",
                NativeFunction.of(
                    Signature.parse("set_main_option(name, value)"),
                    b -> {
                      options.put(b.get("name").str(), b.get("value").str());
                      log.add(
                          "set_main_option " + b.get("name").str() + "=" + b.get("value").str());
                      return PyNone.NONE;
                    }))
            .put(
                "get_main_option",
                NativeFunction.of(
                    Signature.parse("get_main_option(name, default=None)"),
                    b ->
                        options.containsKey(b.get("name").str())
                            ? new PyStr(options.get(b.get("name").str()))
                            : b.get("default")))
            .put(
                "get_section",
                NativeFunction.of(
                    Signature.parse("get_section(name, default=None)"), b -> new PyDict()));
    PyModule context = new PyModule("alembic.context").put("config", config);
    context.put("is_offline_mode", NativeFunction.of("is_offline_mode", a -> PyBool.of(offline)));
    context.put(
        "configure",
        NativeFunction.of(
            "configure",
            a -> {
              log.add("configure(" + FakeObject.render(a) + ")");
              return PyNone.NONE;
            }));
    context.put(
        "run_migrations",
        NativeFunction.of(
            "run_migrations",
            a -> {
              log.add("run_migrations");
              return PyNone.NONE;
            }));
    context.put(
        "begin_transaction",
        NativeFunction.of("begin_transaction", a -> manager("transaction", PyNone.NONE)));
    return context;
  }

  private PyNative manager(String name, PyValue entered) {
    return new PyNative() {
      @Override
      public String typeName() {
        return name;
      }

      @Override
      public PyValue enter() {
        log.add("begin " + name);
        return entered;
      }

      @Override
      public void exit(PyException error) {
        log.add("end " + name + (error == null ? "" : " with " + error.pythonType()));
      }
    };
  }

  private PyNative engine() {
    PyNative connection =
        new PyNative() {
          @Override
          public String typeName() {
            return "AsyncConnection";
          }

          @Override
          public String repr() {
            return "<AsyncConnection>";
          }

          @Override
          public PyValue attribute(String name) {
            if (!name.equals("run_sync")) {
              return null;
            }
            PyNative self = this;
            return NativeFunction.of(
                "run_sync",
                a ->
                    awaitable(
                        () -> {
                          log.add("run_sync");
                          return ((PyNative) a.positional().get(0)).call(Args.of(self));
                        }));
          }
        };
    return new PyNative() {
      @Override
      public String typeName() {
        return "AsyncEngine";
      }

      @Override
      public PyValue attribute(String name) {
        if (name.equals("connect")) {
          return NativeFunction.of("connect", a -> manager("connection", connection));
        }
        if (name.equals("dispose")) {
          return NativeFunction.of(
              "dispose",
              a ->
                  awaitable(
                      () -> {
                        log.add("dispose");
                        return PyNone.NONE;
                      }));
        }
        return null;
      }
    };
  }

  private static PyNative awaitable(java.util.function.Supplier<PyValue> body) {
    return new PyNative() {
      @Override
      public String typeName() {
        return "coroutine";
      }

      @Override
      public PyValue awaited() {
        return body.get();
      }
    };
  }
}
