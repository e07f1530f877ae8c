package vn.motcua.core.internal.gpio;

import com.pi4j.io.gpio.digital.DigitalState;
import java.util.Objects;
import vn.motcua.core.gpio.Button;
import vn.motcua.core.gpio.GpioSimulator;

/** The {@link GpioSimulator} of a board on Pi4J's mock platform. */
final class Pi4jSimulator implements GpioSimulator {
    private final Pi4jGpioBoard board;

    Pi4jSimulator(Pi4jGpioBoard board) {
        this.board = board;
    }

    @Override
    public void setInput(int pin, boolean high) {
        MockInputs.set(button(pin).input(), high);
    }

    @Override
    public void press(Button button) {
        Pi4jButton own = own(button);
        MockInputs.set(own.input(), own.config().activeLevel().activeHigh());
    }

    @Override
    public void release(Button button) {
        Pi4jButton own = own(button);
        MockInputs.set(own.input(), !own.config().activeLevel().activeHigh());
    }

    @Override
    public boolean isHigh(int pin) {
        BoardPart part = board.part(pin);
        if (part instanceof Pi4jButton button) {
            return button.input().state() == DigitalState.HIGH;
        }
        if (part instanceof Pi4jLamp lamp) {
            return lamp.output().state() == DigitalState.HIGH;
        }
        throw new IllegalArgumentException("pin: no open button or lamp on bcm " + pin);
    }

    private Pi4jButton button(int pin) {
        if (board.part(pin) instanceof Pi4jButton button) {
            return button;
        }
        throw new IllegalArgumentException("pin: no open button on bcm " + pin);
    }

    private Pi4jButton own(Button button) {
        Objects.requireNonNull(button, "button");
        if (button instanceof Pi4jButton own && board.part(own.pin()) == own) {
            return own;
        }
        throw new IllegalArgumentException("button: '" + button.name() + "' is not an open button of this board");
    }
}
