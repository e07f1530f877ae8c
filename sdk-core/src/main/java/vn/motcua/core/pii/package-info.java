/**
 * Masking of personal data: citizen-ID numbers (CCCD, CMND), names, birth dates and phone
 * numbers, as protected by the Law on Personal Data Protection (No. 91/2025/QH15, in force
 * from 1 January 2026), which replaced Decree 13/2023/NĐ-CP as the governing rule.
 *
 * <p>{@link vn.motcua.core.pii.Pii} turns a value into a masked string for logs, screens and
 * diagnostics; {@link vn.motcua.core.pii.Pii#maskCitizenIdsIn(String)} cleans free text such
 * as a log message. {@link vn.motcua.core.pii.Sensitive} wraps a value so that printing it,
 * logging it or concatenating it shows only the masked form; the raw value is reached only
 * through {@link vn.motcua.core.pii.Sensitive#reveal(String)}, which names a purpose and is
 * easy to find in code review.
 *
 * <p>Nothing in the SDK logs, persists or sends personal data unmasked unless a caller
 * explicitly reveals it.
 */
package vn.motcua.core.pii;
