package migrationtutor.engine.ops;

import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/** Factories for the callables the sqlalchemy bindings expose. */
final class Natives {
  private Natives() {}

  /**
   * A module-level function such as {@code sa.text}: arguments bound to the Python signature
   * (CPython's TypeError messages), engine exceptions translated, and an unknown argument (a
   * tolerant run of env.py or models) giving an unknown result instead of a guess.
   */
  static NativeFunction function(String spec, Function<BoundArgs, PyValue> body) {
    Signature sig = Signature.parse(spec);
    return raw(sig.name(), args -> body.apply(sig.bind(args)));
  }

  /** A function receiving its raw arguments, with the same error and unknown handling. */
  static NativeFunction raw(String name, Function<Args, PyValue> body) {
    return NativeFunction.of(
        name,
        args -> {
          if (PyArgs.hasUnknown(args)) {
            return new PyUnknown(name + "(...)");
          }
          return HostErrors.translating(() -> body.apply(args));
        });
  }

  /**
   * Binds arguments to a method signature written with {@code self} ({@code String.__init__(self,
   * length=None)}), as CPython counts {@code self} in its messages: {@code String.__init__() takes
   * from 1 to 7 positional arguments but 8 were given}.
   */
  static Function<Args, BoundArgs> method(String spec) {
    Signature sig = Signature.parse(spec);
    return args -> sig.bind(args.prepend(PyNone.NONE));
  }

  /**
   * A name real SQLAlchemy has that the tutor does not model: importing it works, calling it raises
   * a clear error, so a misspelling (AttributeError) stays distinguishable.
   */
  static NativeFunction notModelled(String name, String instead) {
    return NativeFunction.of(
        name,
        args -> {
          throw HostErrors.translate(PyArgs.unsupported(name + "()", instead));
        });
  }

  /** {@code TypeError: X() takes no arguments}, CPython's message for object.__init__. */
  static PyException takesNoArguments(String className) {
    return PyException.typeError(className + "() takes no arguments");
  }
}
