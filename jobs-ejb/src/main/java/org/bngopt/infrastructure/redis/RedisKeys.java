package org.bngopt.infrastructure.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The names of the product's Redis keys, in a namespace of their deployment: {@code bng:<namespace>:…}.
 * The namespace is {@code REDIS_NAMESPACE} when set, else derived from {@code DB_URL}. Instances that
 * share a database form one cluster and share the work stream and cache; two deployments on different
 * databases that share one Redis (a test and a live one, say) never take each other's jobs.
 */
@ApplicationScoped
public class RedisKeys {
    public static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/bngopt";

    private final String prefix;

    @Inject
    public RedisKeys(@ConfigProperty(name = "DB_URL", defaultValue = DEFAULT_DB_URL) String databaseUrl,
                     @ConfigProperty(name = "REDIS_NAMESPACE") Optional<String> namespace) {
        this.prefix = prefixFor(databaseUrl, namespace.filter(name -> !name.isBlank()).orElse(null));
    }

    /** For CDI's proxy. */
    protected RedisKeys() {
        this.prefix = null;
    }

    /** {@code bng:} and the namespace and a colon: the namespace given, or 12 hex digits of the database URL's SHA-256. */
    public static String prefixFor(String databaseUrl, String namespace) {
        return "bng:" + (namespace != null ? namespace : digest(databaseUrl.strip())) + ":";
    }

    /** The full name of a key, such as {@code jobs} or {@code result:<job key>}. */
    public String of(String name) {
        return prefix + name;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
