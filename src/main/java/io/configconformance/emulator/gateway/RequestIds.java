package io.configconformance.emulator.gateway;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh RequestIds in the service's format (an upper-case UUID). They identify answers and need no secrecy, so they
 * come from a thread-local generator rather than the shared SecureRandom that serialises concurrent requests.
 */
public final class RequestIds {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private RequestIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        String high = HEX.toHexDigits(most);
        String low = HEX.toHexDigits(least);
        return high.substring(0, 8) + '-' + high.substring(8, 12) + '-' + high.substring(12) + '-'
                + low.substring(0, 4) + '-' + low.substring(4);
    }
}
