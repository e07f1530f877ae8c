package vn.motcua.core.pii;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A personal-data value that shows itself only masked. {@link #toString()} (and so string
 * concatenation, SLF4J placeholders, debuggers and exception messages) gives the masked form;
 * the raw value is reached only through {@link #reveal(String)}, an explicit opt-in that
 * names why, so every place that handles the raw value is easy to find in review.
 *
 * <p>It is deliberately not {@link java.io.Serializable} and has no JavaBean getters, so
 * Java serialization and Jackson refuse it instead of writing the raw value; convert it
 * explicitly. {@code equals} and {@code hashCode} compare the raw values.
 *
 * <p>Instances are immutable and thread-safe if the value is.
 *
 * @param <T> the type of the raw value
 */
public final class Sensitive<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Sensitive.class);
    private static final String FALLBACK_MASK = "***";

    private final T value;
    private final Function<? super T, String> masker;

    private Sensitive(T value, Function<? super T, String> masker) {
        this.value = Objects.requireNonNull(value, "value");
        this.masker = Objects.requireNonNull(masker, "masker");
    }

    /** Wraps {@code value}, shown through {@code masker}, which must not return the raw value. */
    public static <T> Sensitive<T> of(T value, Function<? super T, String> masker) {
        return new Sensitive<>(value, masker);
    }

    /** A citizen-ID number, masked by {@link Pii#maskCitizenId(String)}. */
    public static Sensitive<String> citizenId(String id) {
        return new Sensitive<>(id, Pii::maskCitizenId);
    }

    /** A personal name, masked by {@link Pii#maskName(String)}. */
    public static Sensitive<String> name(String name) {
        return new Sensitive<>(name, Pii::maskName);
    }

    /** A phone number, masked by {@link Pii#maskPhone(String)}. */
    public static Sensitive<String> phone(String phone) {
        return new Sensitive<>(phone, Pii::maskPhone);
    }

    /** A birth date, masked to its year by {@link Pii#maskBirthDateToYear(LocalDate)}. */
    public static Sensitive<LocalDate> birthDate(LocalDate date) {
        return new Sensitive<>(date, Pii::maskBirthDateToYear);
    }

    /**
     * The masked form. Never the raw value and never throws: if the masker fails or returns
     * {@code null}, the result is {@code ***}.
     */
    public String masked() {
        try {
            String masked = masker.apply(value);
            return masked != null ? masked : FALLBACK_MASK;
        } catch (RuntimeException e) {
            return FALLBACK_MASK;
        }
    }

    /**
     * The raw value. This is the only way to it: call it where the raw value is really needed
     * (filling a form, matching a record) and say why. The purpose is logged at TRACE with the
     * masked value, never the raw one.
     *
     * @param purpose why the value is revealed, for example {@code "match dossier owner"}
     * @throws IllegalArgumentException naming {@code purpose} if it is null or blank
     */
    public T reveal(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("purpose: must say why the value is revealed");
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("revealing {} for {}", masked(), Pii.maskCitizenIdsIn(purpose));
        }
        return value;
    }

    /** The masked form, as {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sensitive<?> other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
