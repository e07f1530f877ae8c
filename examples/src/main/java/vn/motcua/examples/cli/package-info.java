/**
 * The {@code motcua} command-line tool: {@link vn.motcua.examples.cli.Motcua} is the entry point
 * and lists the commands; each command is one class extending
 * {@link vn.motcua.examples.cli.MotcuaCommand}; {@link vn.motcua.examples.cli.ExitCode} lists the
 * exit codes every command shares.
 */
package vn.motcua.examples.cli;
