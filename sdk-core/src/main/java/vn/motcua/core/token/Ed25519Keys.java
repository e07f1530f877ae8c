package vn.motcua.core.token;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * Creates, loads and saves the Ed25519 keys that sign ticket tokens, using only the JDK.
 *
 * <p>Private keys are stored as PKCS#8, public keys as X.509 SubjectPublicKeyInfo: the
 * formats {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write.
 * The base64 readers accept plain base64 or PEM ({@code -----BEGIN PRIVATE KEY-----} /
 * {@code -----BEGIN PUBLIC KEY-----}) with any line breaks. Error messages name the field and
 * never contain key material.
 */
public final class Ed25519Keys {

    private static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    /** A new random key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519 support", e);
        }
    }

    /** The private key in DER-encoded PKCS#8 {@code der}. */
    public static PrivateKey privateKeyFromPkcs8(byte[] der) {
        Objects.requireNonNull(der, "privateKey");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("privateKey: not a PKCS#8 Ed25519 private key", e);
        }
    }

    /** The public key in DER-encoded X.509 SubjectPublicKeyInfo {@code der}. */
    public static PublicKey publicKeyFromX509(byte[] der) {
        Objects.requireNonNull(der, "publicKey");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("publicKey: not an X.509 Ed25519 public key", e);
        }
    }

    /** The private key in base64 or PEM text of PKCS#8. */
    public static PrivateKey privateKeyFromBase64(String text) {
        return privateKeyFromPkcs8(unarmor(text, "privateKey"));
    }

    /** The public key in base64 or PEM text of X.509 SubjectPublicKeyInfo. */
    public static PublicKey publicKeyFromBase64(String text) {
        return publicKeyFromX509(unarmor(text, "publicKey"));
    }

    /** The DER-encoded PKCS#8 form of {@code key}. */
    public static byte[] toPkcs8(PrivateKey key) {
        requireEd25519(key, "privateKey");
        return encoded(key, "PKCS#8", "privateKey");
    }

    /** The DER-encoded X.509 SubjectPublicKeyInfo form of {@code key}. */
    public static byte[] toX509(PublicKey key) {
        requireEd25519(key, "publicKey");
        return encoded(key, "X.509", "publicKey");
    }

    /** {@link #toPkcs8(PrivateKey)} as one line of standard base64. */
    public static String toBase64(PrivateKey key) {
        return Base64.getEncoder().encodeToString(toPkcs8(key));
    }

    /** {@link #toX509(PublicKey)} as one line of standard base64. */
    public static String toBase64(PublicKey key) {
        return Base64.getEncoder().encodeToString(toX509(key));
    }

    /**
     * Checks that {@code key} is an Ed25519 key (not Ed448, not another algorithm).
     *
     * @throws IllegalArgumentException naming {@code field} if it is not
     */
    static void requireEd25519(Key key, String field) {
        Objects.requireNonNull(key, field);
        boolean ok = key instanceof EdECKey ed
                ? ALGORITHM.equalsIgnoreCase(ed.getParams().getName())
                : ALGORITHM.equalsIgnoreCase(key.getAlgorithm());
        if (!ok) {
            throw new IllegalArgumentException(field + ": must be an Ed25519 key, was " + key.getAlgorithm());
        }
    }

    private static byte[] encoded(Key key, String format, String field) {
        byte[] der = key.getEncoded();
        if (der == null || !format.equals(key.getFormat())) {
            throw new IllegalArgumentException(field + ": key cannot be exported as " + format);
        }
        return der;
    }

    private static byte[] unarmor(String text, String field) {
        Objects.requireNonNull(text, field);
        StringBuilder body = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            if (!line.startsWith("-----")) {
                body.append(line.strip());
            }
        }
        try {
            return Base64.getMimeDecoder().decode(body.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": not base64 or PEM text");
        }
    }
}
