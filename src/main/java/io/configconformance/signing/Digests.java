package io.configconformance.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC and SHA-256 with one instance per thread and algorithm: looking the algorithm up in the security providers
 * for every request cost the emulator a tenth of its throughput.
 */
public final class Digests {

    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    });

    private Digests() {
    }

    public static byte[] hmacSha1(byte[] key, byte[] data) {
        return hmac(HMAC_SHA1.get(), key, data);
    }

    public static byte[] hmacSha256(byte[] key, byte[] data) {
        return hmac(HMAC_SHA256.get(), key, data);
    }

    public static byte[] sha256(byte[] data) {
        return SHA256.get().digest(data);
    }

    private static byte[] hmac(Mac mac, byte[] key, byte[] data) {
        try {
            mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(mac.getAlgorithm() + " rejected its key", e);
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is mandatory in every JRE", e);
        }
    }
}
