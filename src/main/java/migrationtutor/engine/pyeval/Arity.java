package migrationtutor.engine.pyeval;

/** Argument-count checks for builtin functions and methods, worded as CPython's argument clinic. */
final class Arity {
  private Arity() {}

  /**
   * Checks the positional count and that no keywords were passed.
   *
   * @param qualified the name as {@code str.join} (methods) or {@code len} (functions)
   */
  static void check(String qualified, Args args, int min, int max) {
    if (!args.keywords().isEmpty()) {
      throw PyException.typeError(qualified + "() takes no keyword arguments");
    }
    count(qualified, args.positional().size(), min, max);
  }

  static void count(String qualified, int n, int min, int max) {
    if (n >= min && n <= max) {
      return;
    }
    String bare = qualified.substring(qualified.lastIndexOf('.') + 1);
    if (min == max) {
      if (max == 0) {
        throw PyException.typeError(qualified + "() takes no arguments (" + n + " given)");
      }
      if (max == 1) {
        throw PyException.typeError(qualified + "() takes exactly one argument (" + n + " given)");
      }
      throw PyException.typeError(bare + " expected " + max + " arguments, got " + n);
    }
    if (n < min) {
      throw PyException.typeError(
          bare + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
    }
    throw PyException.typeError(
        bare + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
  }

  /** The i-th positional argument, or a default when absent. */
  static PyValue arg(Args args, int i, PyValue otherwise) {
    return i < args.positional().size() ? args.positional().get(i) : otherwise;
  }

  /** A positional-or-keyword argument of a builtin that accepts keywords. */
  static PyValue arg(Args args, int i, String keyword, PyValue otherwise) {
    if (i < args.positional().size()) {
      return args.positional().get(i);
    }
    PyValue v = args.keywords().get(keyword);
    return v == null ? otherwise : v;
  }

  /** Rejects keywords other than the allowed ones. */
  static void keywords(String name, Args args, String... allowed) {
    for (String k : args.keywords().keySet()) {
      if (!java.util.Arrays.asList(allowed).contains(k)) {
        throw PyException.typeError(name + "() got an unexpected keyword argument '" + k + "'");
      }
    }
  }

  /** An int argument (bool counts), or CPython's TypeError. */
  static long intArg(PyValue v) {
    if (!Numbers.isInt(v)) {
      throw PyException.typeError(
          "'" + v.typeName() + "' object cannot be interpreted as an integer");
    }
    return Numbers.toLong(v);
  }

  /** A str argument, or TypeError naming what was given. */
  static String strArg(String what, PyValue v) {
    if (v instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(what + " must be str, not " + v.typeName());
  }
}
