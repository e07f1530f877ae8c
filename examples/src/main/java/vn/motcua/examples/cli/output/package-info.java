/**
 * Output helpers shared by the {@code motcua} commands: aligned plain-text tables, colours that
 * switch themselves off when not writing to a terminal, and JSON results.
 */
package vn.motcua.examples.cli.output;
