package migrationtutor.engine.stdlib;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyCoroutine;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyFloat;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * The pure standard-library modules evaluated code may import: {@code typing}, {@code datetime},
 * {@code decimal}, {@code enum} and {@code asyncio}. None of them touches anything outside the
 * interpreter.
 */
public final class StdlibModules {
  private StdlibModules() {}

  /** {@code typing}: every name is a type form that can be subscripted; TYPE_CHECKING is False. */
  public static PyModule typing() {
    PyModule m = new PyModule("typing");
    for (String name :
        new String[] {
          "Any",
          "Optional",
          "Union",
          "Sequence",
          "List",
          "Dict",
          "Tuple",
          "Set",
          "FrozenSet",
          "Callable",
          "Iterable",
          "Iterator",
          "Mapping",
          "Type",
          "ClassVar",
          "Final",
          "Literal",
          "Annotated",
          "TypeVar",
          "Generic",
          "NamedTuple",
          "TypedDict",
          "Protocol"
        }) {
      m.put(name, new TypingForm(name));
    }
    m.put("TYPE_CHECKING", PyBool.FALSE);
    m.put("cast", NativeFunction.of(Signature.parse("cast(typ, val)"), b -> b.get("val")));
    return m;
  }

  /** {@code datetime}, with {@code now()}/{@code utcnow()} read from the given clock. */
  public static PyModule datetime(Clock clock) {
    PyModule m = new PyModule("datetime");
    DateTimeClass datetime = new DateTimeClass(clock);
    m.put("datetime", datetime);
    m.put(
        "date",
        NativeFunction.of(
            Signature.parse("date(year, month, day)"),
            b -> temporal(() -> LocalDate.of(int_(b, "year"), int_(b, "month"), int_(b, "day")))));
    m.put(
        "time",
        NativeFunction.of(
            Signature.parse("time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)"),
            b ->
                temporal(
                    () ->
                        LocalTime.of(
                            int_(b, "hour"),
                            int_(b, "minute"),
                            int_(b, "second"),
                            int_(b, "microsecond") * 1000))));
    m.put(
        "timedelta",
        NativeFunction.of(
            Signature.parse(
                "timedelta(days=0, seconds=0,"
                    + " microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)"),
            StdlibModules::delta));
    PyModule timezone = new PyModule("datetime.timezone");
    timezone.put("utc", new TypingForm("timezone.utc"));
    m.put("timezone", timezone);
    m.put("MINYEAR", PyInt.of(1));
    m.put("MAXYEAR", PyInt.of(9999));
    return m;
  }

  private static PyValue delta(BoundArgs b) {
    double micros =
        number(b.get("days")) * 86_400e6
            + number(b.get("seconds")) * 1e6
            + number(b.get("microseconds"))
            + number(b.get("milliseconds")) * 1e3
            + number(b.get("minutes")) * 60e6
            + number(b.get("hours")) * 3600e6
            + number(b.get("weeks")) * 604_800e6;
    return new TemporalValue(Duration.ofNanos(Math.round(micros) * 1000));
  }

  private static double number(PyValue v) {
    if (v instanceof PyInt i) {
      return i.value().doubleValue();
    }
    if (v instanceof PyFloat f) {
      return f.value();
    }
    throw PyException.typeError("unsupported type for timedelta component: " + v.typeName());
  }

  static int int_(BoundArgs b, String name) {
    return StdlibFunctions.intArg(b.get(name), name);
  }

  interface TemporalSupplier {
    Object get();
  }

  static TemporalValue temporal(TemporalSupplier s) {
    try {
      return new TemporalValue(s.get());
    } catch (DateTimeException e) {
      throw PyException.valueError(pythonDateMessage(e.getMessage()));
    }
  }

  private static String pythonDateMessage(String javaMessage) {
    if (javaMessage.contains("MonthOfYear")) {
      return "month must be in 1..12";
    }
    if (javaMessage.contains("DayOfMonth") || javaMessage.contains("Invalid date")) {
      return "day is out of range for month";
    }
    if (javaMessage.contains("HourOfDay")) {
      return "hour must be in 0..23";
    }
    if (javaMessage.contains("MinuteOfHour")) {
      return "minute must be in 0..59";
    }
    if (javaMessage.contains("SecondOfMinute")) {
      return "second must be in 0..59";
    }
    return "year is out of range";
  }

  /** {@code decimal}: {@code Decimal('1.50')}, {@code Decimal(3)}. */
  public static PyModule decimal() {
    PyModule m = new PyModule("decimal");
    m.put(
        "Decimal",
        NativeFunction.of(
            Signature.parse("Decimal(value='0', context=None)"),
            b -> {
              PyValue v = b.get("value");
              try {
                if (v instanceof PyStr s) {
                  return new TemporalValue.DecimalValue(new BigDecimal(s.value().strip()));
                }
                if (v instanceof PyInt i) {
                  return new TemporalValue.DecimalValue(new BigDecimal(i.value()));
                }
                if (v instanceof PyFloat f) {
                  return new TemporalValue.DecimalValue(new BigDecimal(f.value()));
                }
              } catch (NumberFormatException e) {
                throw new PyException(
                    "decimal.InvalidOperation", "[<class 'decimal.ConversionSyntax'>]");
              }
              throw PyException.typeError(
                  "conversion from " + v.typeName() + " to Decimal is not" + " supported");
            }));
    return m;
  }

  /** {@code enum}: base classes for {@code class Level(enum.Enum)} and {@code auto()}. */
  public static PyModule enumModule() {
    PyModule m = new PyModule("enum");
    for (String base : new String[] {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"}) {
      m.put(base, new TypingForm(base));
    }
    m.put("auto", NativeFunction.of("auto", (Args a) -> new TypingForm("auto()")));
    m.put(
        "unique",
        NativeFunction.of(Signature.parse("unique(enumeration)"), b -> b.get("enumeration")));
    return m;
  }

  /** {@code asyncio}: {@code asyncio.run(coro)} runs a coroutine to completion. */
  public static PyModule asyncio() {
    PyModule m = new PyModule("asyncio");
    NativeFunction run =
        NativeFunction.of(
            Signature.parse("run(main, *, debug=None)"),
            b -> {
              if (b.get("main") instanceof PyCoroutine c) {
                return c.awaited();
              }
              throw PyException.valueError("a coroutine was expected, got " + b.get("main").repr());
            });
    m.put("run", run);
    return m;
  }

  /** The {@code datetime.datetime} class: constructor and the now/utcnow/today methods. */
  private static final class DateTimeClass implements migrationtutor.engine.pyeval.PyNative {
    private static final Signature NEW =
        Signature.parse(
            "datetime(year, month, day, hour=0,"
                + " minute=0, second=0, microsecond=0, tzinfo=None)");
    private final Clock clock;

    DateTimeClass(Clock clock) {
      this.clock = clock;
    }

    @Override
    public String typeName() {
      return "type";
    }

    @Override
    public String repr() {
      return "<class 'datetime.datetime'>";
    }

    @Override
    public PyValue call(Args args) {
      BoundArgs b = NEW.bind(args);
      return temporal(
          () ->
              LocalDateTime.of(
                  int_(b, "year"),
                  int_(b, "month"),
                  int_(b, "day"),
                  int_(b, "hour"),
                  int_(b, "minute"),
                  int_(b, "second"),
                  int_(b, "microsecond") * 1000));
    }

    @Override
    public PyValue attribute(String name) {
      return switch (name) {
        case "now", "today" ->
            NativeFunction.of(
                name, (Args a) -> new TemporalValue(micros(LocalDateTime.now(clock))));
        case "utcnow" ->
            NativeFunction.of(
                name,
                (Args a) ->
                    new TemporalValue(micros(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))));
        default -> null;
      };
    }

    private static LocalDateTime micros(LocalDateTime t) {
      return t.withNano(t.getNano() / 1000 * 1000);
    }
  }
}
