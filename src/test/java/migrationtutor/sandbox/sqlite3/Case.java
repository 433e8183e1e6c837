package migrationtutor.sandbox.sqlite3;

import java.util.List;

/** One differential case: a fixture, the arguments after sqlite3, standard input, a terminal? */
record Case(
    String name, String fixture, List<String> args, List<String> stdin, boolean interactive) {
  static Case args(String name, String fixture, String... args) {
    return new Case(name, fixture, List.of(args), List.of(), false);
  }

  static Case piped(String name, String fixture, List<String> args, String... lines) {
    return new Case(name, fixture, args, List.of(lines), false);
  }

  static Case terminal(String name, String fixture, List<String> args, String... lines) {
    return new Case(name, fixture, args, List.of(lines), true);
  }
}
