/**
 * Internals of {@link vn.motcua.core.token}: the binary layout of a ticket token and the
 * decimal text encoding that lets it use the QR code's numeric mode. Not API; may change at
 * any time.
 */
package vn.motcua.core.internal.token;
