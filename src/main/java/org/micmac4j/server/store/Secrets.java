package org.micmac4j.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The workspace's secrets: the facilitator's token, the experts' link secrets and the session
 * cookies are 256 random bits from {@link SecureRandom}, written in base64url (43 characters), and
 * stored only as their SHA-256.
 *
 * <p>Why a fast hash is enough: slow, salted hashes (bcrypt, Argon2) exist to make guessing
 * low-entropy passwords costly. These secrets are uniformly random over 2^256 values, so even a
 * stolen database gives nothing to guess from: at 10^12 SHA-256 a second, finding one secret
 * takes ~10^57 years. A plain (unsalted) hash also lets the database find an expert by the hash of
 * the link's secret through a unique index, without comparing secrets in Java.
 */
public final class Secrets {
    /** Bytes of randomness per secret: 256 bits (the issue asks at least 128 for expert links). */
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** @return a new secret: 256 random bits, base64url without padding */
    public static String newSecret() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * @param secret a secret as given by a client
     * @return the lower-case hex SHA-256 of its UTF-8 bytes
     */
    public static String hash(String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * @param s a client's string
     * @return whether it has the shape of one of our secrets (cheap check before a look-up)
     */
    public static boolean wellFormed(String s) {
        if (s == null || s.length() != 43) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
