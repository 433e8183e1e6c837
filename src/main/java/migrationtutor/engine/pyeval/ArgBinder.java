package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds Args to a Signature in the order CPython 3.11's {@code initialize_locals} checks things, so
 * the first error reported is the one CPython reports: keywords (unexpected, multiple values,
 * positional-only), then too many positionals, then missing positionals, then missing keyword-only
 * arguments.
 */
final class ArgBinder {
  private final Signature sig;
  private final String name;

  ArgBinder(Signature sig) {
    this.sig = sig;
    this.name = sig.name();
  }

  BoundArgs bind(Args args) {
    List<Signature.Parameter> positional = new ArrayList<>();
    Signature.Parameter varArgs = null;
    Signature.Parameter varKw = null;
    List<Signature.Parameter> kwOnly = new ArrayList<>();
    for (Signature.Parameter p : sig.parameters()) {
      switch (p.kind()) {
        case POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD -> positional.add(p);
        case VAR_POSITIONAL -> varArgs = p;
        case KEYWORD_ONLY -> kwOnly.add(p);
        case VAR_KEYWORD -> varKw = p;
        default -> throw new IllegalStateException();
      }
    }
    Map<String, PyValue> values = new LinkedHashMap<>();
    Set<String> passed = new HashSet<>();
    List<PyValue> given = args.positional();
    int n = Math.min(given.size(), positional.size());
    for (int i = 0; i < n; i++) {
      values.put(positional.get(i).name(), given.get(i));
      passed.add(positional.get(i).name());
    }
    PyDict extraKw = varKw == null ? null : new PyDict();
    List<String> posOnlyAsKeyword = new ArrayList<>();
    for (Map.Entry<String, PyValue> kw : args.keywords().entrySet()) {
      String key = kw.getKey();
      Signature.Parameter target = find(key);
      if (target == null || target.kind() == Signature.Kind.POSITIONAL_ONLY) {
        if (extraKw != null) {
          extraKw.entries().put(new PyStr(key), kw.getValue());
          continue;
        }
        if (target != null) {
          posOnlyAsKeyword.add(key);
          continue;
        }
        throw PyException.typeError(name + "() got an unexpected keyword argument '" + key + "'");
      }
      if (values.containsKey(key)) {
        throw PyException.typeError(name + "() got multiple values for argument '" + key + "'");
      }
      values.put(key, kw.getValue());
      passed.add(key);
    }
    if (!posOnlyAsKeyword.isEmpty()) {
      throw PyException.typeError(
          name
              + "() got some positional-only arguments passed as keyword arguments: '"
              + String.join(", ", posOnlyAsKeyword)
              + "'");
    }
    if (given.size() > positional.size() && varArgs == null) {
      throw tooManyPositional(positional, kwOnly, given.size(), passed);
    }
    List<String> missing = new ArrayList<>();
    for (Signature.Parameter p : positional) {
      if (!values.containsKey(p.name())) {
        if (p.defaultValue() == null) {
          missing.add(p.name());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw missing(missing, "positional");
    }
    Map<String, PyValue> ordered = new LinkedHashMap<>();
    for (Signature.Parameter p : positional) {
      ordered.put(p.name(), values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue());
    }
    if (varArgs != null) {
      List<PyValue> rest =
          given.size() > positional.size()
              ? given.subList(positional.size(), given.size())
              : List.of();
      ordered.put(varArgs.name(), new PyTuple(rest));
    }
    for (Signature.Parameter p : kwOnly) {
      if (!values.containsKey(p.name())) {
        if (p.defaultValue() == null) {
          missing.add(p.name());
        }
        ordered.put(p.name(), p.defaultValue());
      } else {
        ordered.put(p.name(), values.get(p.name()));
      }
    }
    if (!missing.isEmpty()) {
      throw missing(missing, "keyword-only");
    }
    if (varKw != null) {
      ordered.put(varKw.name(), extraKw);
    }
    return new BoundArgs(sig, ordered, passed);
  }

  private Signature.Parameter find(String key) {
    for (Signature.Parameter p : sig.parameters()) {
      if (p.name().equals(key)
          && p.kind() != Signature.Kind.VAR_POSITIONAL
          && p.kind() != Signature.Kind.VAR_KEYWORD) {
        return p;
      }
    }
    return null;
  }

  // CPython's too_many_positional().
  private PyException tooManyPositional(
      List<Signature.Parameter> positional,
      List<Signature.Parameter> kwOnly,
      int given,
      Set<String> passed) {
    int defaults = 0;
    for (Signature.Parameter p : positional) {
      if (p.defaultValue() != null) {
        defaults++;
      }
    }
    int count = positional.size();
    String takes;
    boolean plural;
    if (defaults > 0) {
      takes = "from " + (count - defaults) + " to " + count;
      plural = true;
    } else {
      takes = Integer.toString(count);
      plural = count != 1;
    }
    int kwGiven = 0;
    for (Signature.Parameter p : kwOnly) {
      if (passed.contains(p.name())) {
        kwGiven++;
      }
    }
    String kwPart = "";
    if (kwGiven > 0) {
      kwPart =
          " positional argument"
              + (given != 1 ? "s" : "")
              + " (and "
              + kwGiven
              + " keyword-only argument"
              + (kwGiven != 1 ? "s" : "")
              + ")";
    }
    return PyException.typeError(
        name
            + "() takes "
            + takes
            + " positional argument"
            + (plural ? "s" : "")
            + " but "
            + given
            + kwPart
            + " "
            + (given == 1 && kwGiven == 0 ? "was" : "were")
            + " given");
  }

  // CPython's missing_arguments(): 'a', 'a' and 'b', 'a', 'b', and 'c'.
  private PyException missing(List<String> names, String kind) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      list.append('\'').append(names.get(i)).append('\'');
    }
    return PyException.typeError(
        name
            + "() missing "
            + names.size()
            + " required "
            + kind
            + " argument"
            + (names.size() == 1 ? "" : "s")
            + ": "
            + list);
  }
}
