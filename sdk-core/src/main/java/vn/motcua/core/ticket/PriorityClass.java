package vn.motcua.core.ticket;

/**
 * Why a ticket may be served ahead of others, chosen when the ticket is issued.
 *
 * <p><b>The declaration order means nothing.</b> Which class is called first, how long a
 * normal ticket may be passed over and how priority tickets are interleaved are decided by
 * the queue engine's calling policies, configured per branch. Whether a citizen qualifies
 * (an age limit, a document to show) is likewise the branch's policy, checked by staff or the
 * kiosk flow; this enum only records the class.
 *
 * <p>A priority class describes the visit, not the person; it is stored without any detail
 * (no age, no diagnosis) and is not, on its own, personal data.
 */
public enum PriorityClass {
    /** No priority. */
    NORMAL("Thường"),
    /**
     * An older citizen (người cao tuổi). The Law on the Elderly (No. 39/2009/QH12) defines
     * người cao tuổi as Vietnamese citizens aged 60 or over; the age a branch prioritises is
     * its own policy.
     */
    ELDERLY("Người cao tuổi"),
    /** A person with a disability (người khuyết tật), see Law No. 51/2010/QH12. */
    DISABLED("Người khuyết tật"),
    /** A pregnant woman (phụ nữ mang thai). */
    PREGNANT("Phụ nữ mang thai"),
    /** A person accompanying a young child; the age limit is branch policy. */
    WITH_YOUNG_CHILD("Người đi cùng trẻ nhỏ"),
    /**
     * A person with meritorious services to the revolution (người có công với cách mạng),
     * as recognised under Ordinance No. 02/2020/UBTVQH14 on preferential treatment for people
     * with meritorious services to the revolution.
     */
    MERITORIOUS("Người có công với cách mạng"),
    /** A citizen who booked this visit in advance (đặt lịch hẹn), for example online. */
    APPOINTMENT("Có lịch hẹn");

    private final String label;

    PriorityClass(String label) {
        this.label = label;
    }

    /** The Vietnamese label for tickets and displays, for example {@code "Người cao tuổi"}. */
    public String label() {
        return label;
    }

    /** Whether this class asks for any precedence at all (everything but {@link #NORMAL}). */
    public boolean isPriority() {
        return this != NORMAL;
    }
}
