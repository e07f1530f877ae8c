package vn.motcua.core.gpio;

/** The internal pull resistor of an input pin. */
public enum Pull {
    /** Pulled up to 3.3 V: the pin reads high while nothing drives it (button to ground). */
    UP,
    /** Pulled down to ground: the pin reads low while nothing drives it (button to 3.3 V). */
    DOWN,
    /** No internal resistor; the circuit provides one. */
    NONE
}
