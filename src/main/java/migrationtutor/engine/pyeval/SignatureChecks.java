package migrationtutor.engine.pyeval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates parameter lists as CPython's compiler does, and renders them back as text. */
final class SignatureChecks {
  private SignatureChecks() {}

  static void validate(List<Signature.Parameter> params) {
    Set<String> names = new HashSet<>();
    int lastKind = -1;
    boolean sawDefault = false;
    for (Signature.Parameter p : params) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("duplicate parameter " + p.name());
      }
      int k = p.kind().ordinal();
      if (k < lastKind
          || (k == lastKind
              && (p.kind() == Signature.Kind.VAR_POSITIONAL
                  || p.kind() == Signature.Kind.VAR_KEYWORD))) {
        throw new IllegalArgumentException("parameter " + p.name() + " is out of order");
      }
      lastKind = k;
      boolean positional =
          p.kind() == Signature.Kind.POSITIONAL_ONLY
              || p.kind() == Signature.Kind.POSITIONAL_OR_KEYWORD;
      if (positional) {
        if (p.defaultValue() != null) {
          sawDefault = true;
        } else if (sawDefault) {
          throw new IllegalArgumentException(
              "non-default parameter " + p.name() + " follows default parameter");
        }
      }
    }
  }

  static String render(Signature sig) {
    StringBuilder sb = new StringBuilder(sig.name()).append('(');
    boolean first = true;
    boolean star = false;
    List<Signature.Parameter> ps = sig.parameters();
    for (int i = 0; i < ps.size(); i++) {
      Signature.Parameter p = ps.get(i);
      String text = p.name();
      if (p.kind() == Signature.Kind.VAR_POSITIONAL) {
        text = "*" + text;
        star = true;
      } else if (p.kind() == Signature.Kind.VAR_KEYWORD) {
        text = "**" + text;
      } else if (p.kind() == Signature.Kind.KEYWORD_ONLY && !star) {
        text = "*, " + text;
        star = true;
      }
      if (p.defaultValue() != null) {
        text += "=" + p.defaultValue().repr();
      }
      sb.append(first ? "" : ", ").append(text);
      first = false;
      boolean lastPosOnly =
          p.kind() == Signature.Kind.POSITIONAL_ONLY
              && (i + 1 == ps.size() || ps.get(i + 1).kind() != Signature.Kind.POSITIONAL_ONLY);
      if (lastPosOnly) {
        sb.append(", /");
      }
    }
    return sb.append(')').toString();
  }
}
