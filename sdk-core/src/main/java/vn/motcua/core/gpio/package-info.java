/**
 * GPIO for take-a-number kiosks built on a Raspberry Pi: debounced push buttons
 * ({@link vn.motcua.core.gpio.Button}) and lamps ({@link vn.motcua.core.gpio.Lamp}), created
 * from a {@link vn.motcua.core.gpio.GpioBoard}.
 *
 * <p>Pins are numbered the Broadcom (BCM) way, as in {@code gpioinfo} and the Pi's pinout
 * ({@code GPIO17} is physical pin 11). The board is built on Pi4J 2; no Pi4J type appears in
 * this package.
 *
 * <h2>Threads</h2>
 * Each board owns one event thread. Button edges are debounced on it and every
 * {@link vn.motcua.core.gpio.ButtonListener} is called on it, one event at a time, never while
 * an SDK lock is held. Each lamp that blinks owns one scheduler thread. All threads come from
 * {@link vn.motcua.core.gpio.GpioOptions#threadFactory()} and end when their owner is closed.
 *
 * <h2>Running without a Raspberry Pi</h2>
 * {@link vn.motcua.core.gpio.GpioBoard#open()} needs a Pi4J GPIO provider plugin at run time
 * (for example {@code com.pi4j:pi4j-plugin-raspberrypi} with {@code com.pi4j:pi4j-plugin-gpiod},
 * the same version as {@code pi4j-core}); without one it throws a
 * {@link vn.motcua.core.DeviceUnavailableException} that says so. A demo or a test on a PC uses
 * {@link vn.motcua.core.gpio.GpioBoard#mock()} instead, which runs on Pi4J's mock platform and
 * needs {@code com.pi4j:pi4j-plugin-mock} on the class path: sdk-core only has it in test scope,
 * so an application adds it itself, in {@code runtime} scope for a demo or {@code test} scope for
 * its tests. The mock board's {@link vn.motcua.core.gpio.GpioSimulator} presses buttons and reads
 * lamps. {@code open()} never runs on the mock plugin, even where Pi4J would pick it (Pi4J 2.8
 * loads it automatically only off a Raspberry Pi).
 *
 * <pre>{@code
 * try (GpioBoard board = GpioBoard.open()) {
 *     Lamp lamp = board.lamp(LampConfig.builder(18).name("ready").build());
 *     Button button = board.button(ButtonConfig.builder(17).name("take-number").build());
 *     button.addListener(event -> {
 *         if (event.type() == ButtonEvent.Type.CLICK) {
 *             lamp.blink(Duration.ofMillis(150), Duration.ofMillis(150), 3);
 *         }
 *     });
 *     ...
 * }
 * }</pre>
 */
package vn.motcua.core.gpio;
