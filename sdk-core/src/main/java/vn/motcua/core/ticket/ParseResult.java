package vn.motcua.core.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing text from outside the process into a value: either {@link Ok} with
 * the value or {@link Failure} with a typed {@link Reason} and a message that names the field.
 * Parsing never throws, whatever the input.
 *
 * @param <T> the parsed value's type
 */
public sealed interface ParseResult<T> permits ParseResult.Ok, ParseResult.Failure {

    /** Why a text was rejected. */
    enum Reason {
        /** The text was {@code null} or empty. */
        EMPTY,
        /** The text is longer than the value allows. */
        TOO_LONG,
        /** The text contains a character the value does not allow. */
        INVALID_CHARACTER,
        /** The characters are allowed but not in this order or this number. */
        INVALID_FORMAT,
        /** A number in the text is outside its range. */
        OUT_OF_RANGE
    }

    /** A successfully parsed value. */
    record Ok<T>(T value) implements ParseResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A rejected text. The message starts with the field name and never contains more than a
     * short, escaped excerpt of the input.
     */
    record Failure<T>(Reason reason, String message) implements ParseResult<T> {
        public Failure {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Whether this is an {@link Ok}. */
    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value, or empty for a failure. */
    default Optional<T> toOptional() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    /**
     * The value; for a failure throws {@link IllegalArgumentException} with the failure's
     * message. For callers that treat bad input as their own mistake.
     */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalArgumentException(((Failure<T>) this).message());
    }

    static <T> ParseResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> ParseResult<T> failure(Reason reason, String message) {
        return new Failure<>(reason, message);
    }
}
