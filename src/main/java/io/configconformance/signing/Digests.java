package io.configconformance.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC and SHA-256, a fresh JDK instance per call. A {@code Mac} per thread was measured against one per call
 * (BENCHMARKS.md, speed machinery): the lookup costs a run well under the 10% of its wall time that would pay for a
 * per-thread cache (issue #25), so no instance outlives its call and nothing here holds state.
 */
public final class Digests {

    private Digests() {
    }

    public static byte[] hmacSha1(byte[] key, byte[] data) {
        return hmac("HmacSHA1", key, data);
    }

    public static byte[] hmacSha256(byte[] key, byte[] data) {
        return hmac("HmacSHA256", key, data);
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }

    private static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        Mac mac;
        try {
            mac = Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is mandatory in every JRE", e);
        }
        try {
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " rejected its key", e);
        }
    }
}
