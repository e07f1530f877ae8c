package vn.motcua.core.internal.gpio;

/** A button or lamp as its board sees it: something on a pin that the board closes. */
interface BoardPart {

    int pin();

    String name();

    void close();
}
