/**
 * Signed ticket tokens: the compact string printed as a ticket's QR code, which a counter or
 * the status page verifies offline to know the ticket is genuine, unaltered and current.
 *
 * <p>A kiosk signs with a {@link vn.motcua.core.token.TokenSigner} (an Ed25519 private key
 * and its {@link vn.motcua.core.token.KeyId}); counters verify with a
 * {@link vn.motcua.core.token.TokenVerifier} holding the trusted public keys. Verification
 * never throws on untrusted input: it returns a
 * {@link vn.motcua.core.token.VerificationResult} with a typed failure.
 * {@link vn.motcua.core.token.Ed25519Keys} loads and saves keys with the JDK alone.
 *
 * <p>The token layout and the reasons for its decimal text form are described on
 * {@link vn.motcua.core.token.TicketToken}.
 */
package vn.motcua.core.token;
