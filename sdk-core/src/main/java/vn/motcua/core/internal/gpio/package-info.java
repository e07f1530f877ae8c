/**
 * The Pi4J 2 adapter behind {@link vn.motcua.core.gpio}: the board, buttons and lamps over a
 * Pi4J {@code Context}, the event loop that debounces buttons and calls listeners, and the
 * mock-platform simulator. Pi4J types stay in this package. Not API: may change at any time.
 */
package vn.motcua.core.internal.gpio;
