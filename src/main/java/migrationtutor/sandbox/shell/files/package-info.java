/**
 * File commands that print what GNU coreutils 9.1, grep 3.8, diff 3.8 and tree 2.1.0 print in the
 * C.UTF-8 locale (tested against the real tools), confined to the workspace.
 */
package migrationtutor.sandbox.shell.files;
