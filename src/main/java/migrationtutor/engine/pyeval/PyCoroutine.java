package migrationtutor.engine.pyeval;

/**
 * What calling an {@code async def} returns: the call, bound but not yet run. {@code await} runs
 * it, and so does a binding such as {@code asyncio.run} through {@link #awaited()}; it runs once,
 * as a CPython coroutine can only be awaited once.
 */
public final class PyCoroutine implements PyNative {
  private final PyFunction function;
  private final java.util.function.Supplier<PyValue> body;
  private boolean started;

  PyCoroutine(PyFunction function, java.util.function.Supplier<PyValue> body) {
    this.function = function;
    this.body = body;
  }

  /** The async function that was called. */
  public PyFunction function() {
    return function;
  }

  /** Whether it has been awaited already. */
  public boolean started() {
    return started;
  }

  @Override
  public String typeName() {
    return "coroutine";
  }

  @Override
  public String repr() {
    return "<coroutine object " + function.qualname() + ">";
  }

  /** Runs the coroutine's body and returns its result. */
  @Override
  public PyValue awaited() {
    if (started) {
      throw new PyException("RuntimeError", "cannot reuse already awaited coroutine");
    }
    started = true;
    return body.get();
  }
}
