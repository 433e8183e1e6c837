package migrationtutor.engine.pyeval;

import java.util.Set;

/**
 * What CPython's symbol table knows about a function or comprehension scope: the names local to it,
 * the names declared global or nonlocal, and whether it is a generator.
 */
record ScopeInfo(
    Set<String> locals, Set<String> globals, Set<String> nonlocals, boolean generator) {}
