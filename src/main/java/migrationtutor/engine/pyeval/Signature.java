package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Python function signature that binds call arguments to parameter names with exactly CPython
 * 3.11's TypeError messages ({@code add_column() missing 1 required positional argument: 'column'},
 * {@code Column() got an unexpected keyword argument 'nulable'}, ...).
 *
 * <p>Build one from Python text: {@code Signature.parse("add_column(table_name, column, *,
 * schema=None, **kw)")} (defaults may be None, True, False, numbers, strings, {@code ()}, {@code
 * []} or {@code {}}), or with {@link #builder(String)}. The interpreter binds user functions with
 * the same code.
 */
public final class Signature {
  /** How a parameter receives its argument, as {@code inspect.Parameter.kind}. */
  public enum Kind {
    POSITIONAL_ONLY,
    POSITIONAL_OR_KEYWORD,
    VAR_POSITIONAL,
    KEYWORD_ONLY,
    VAR_KEYWORD
  }

  /** One parameter; defaultValue is null for a required one. */
  public record Parameter(String name, Kind kind, PyValue defaultValue) {
    public Parameter {
      Objects.requireNonNull(name);
      Objects.requireNonNull(kind);
    }
  }

  private final String name;
  private final List<Parameter> parameters;

  /**
   * A signature.
   *
   * @param name the name errors show, e.g. {@code add_column} or {@code C.f}
   * @param parameters in Python order: positional-only, positional-or-keyword, *args, keyword-only,
   *     **kwargs
   */
  public Signature(String name, List<Parameter> parameters) {
    this.name = Objects.requireNonNull(name);
    this.parameters = List.copyOf(parameters);
    SignatureChecks.validate(this.parameters);
  }

  /** Parses {@code name(a, b=1, /, c, *args, d, e=None, **kw)}. */
  public static Signature parse(String spec) {
    return SignatureParser.parse(spec);
  }

  /** A builder for a signature named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The name errors show. */
  public String name() {
    return name;
  }

  /** The parameters in order. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** Binds arguments to parameters, or raises CPython's TypeError for a wrong call. */
  public BoundArgs bind(Args args) {
    return new ArgBinder(this).bind(args);
  }

  @Override
  public String toString() {
    return SignatureChecks.render(this);
  }

  /** Adds parameters in Python order. */
  public static final class Builder {
    private final String name;
    private final List<Parameter> parameters = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** A required positional-or-keyword parameter. */
    public Builder required(String param) {
      parameters.add(new Parameter(param, Kind.POSITIONAL_OR_KEYWORD, null));
      return this;
    }

    /** A positional-or-keyword parameter with a default. */
    public Builder optional(String param, PyValue defaultValue) {
      parameters.add(new Parameter(param, Kind.POSITIONAL_OR_KEYWORD, defaultValue));
      return this;
    }

    /** A positional-only parameter (before {@code /}); defaultValue may be null. */
    public Builder positionalOnly(String param, PyValue defaultValue) {
      parameters.add(new Parameter(param, Kind.POSITIONAL_ONLY, defaultValue));
      return this;
    }

    /** {@code *param}. */
    public Builder varArgs(String param) {
      parameters.add(new Parameter(param, Kind.VAR_POSITIONAL, null));
      return this;
    }

    /** A keyword-only parameter; defaultValue null makes it required. */
    public Builder keywordOnly(String param, PyValue defaultValue) {
      parameters.add(new Parameter(param, Kind.KEYWORD_ONLY, defaultValue));
      return this;
    }

    /** {@code **param}. */
    public Builder varKeywords(String param) {
      parameters.add(new Parameter(param, Kind.VAR_KEYWORD, null));
      return this;
    }

    /** The signature. */
    public Signature build() {
      return new Signature(name, parameters);
    }
  }
}
