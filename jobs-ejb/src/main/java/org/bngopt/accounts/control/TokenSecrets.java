package org.bngopt.accounts.control;

import org.bngopt.digest.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * API token secrets: 256 random bits, shown once, stored as their SHA-256. A fast hash suffices for
 * secrets that cannot be guessed, unlike passwords, and keeps each request's check cheap.
 */
public final class TokenSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PREFIX = "bng_";

    private TokenSecrets() {
    }

    public static String generate() {
        return PREFIX + random(32);
    }

    /** {@code bytes} random bytes as URL-safe text. */
    public static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
