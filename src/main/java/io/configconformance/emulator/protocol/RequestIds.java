package io.configconformance.emulator.protocol;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh RequestIds in the service's format (an upper-case UUID). They identify answers and need no secrecy, so they
 * come from a thread-local generator rather than the shared SecureRandom that serialises concurrent requests.
 */
public final class RequestIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        char[] id = new char[36];
        hex(most >>> 32, id, 0, 8);
        id[8] = '-';
        hex(most >>> 16, id, 9, 4);
        id[13] = '-';
        hex(most, id, 14, 4);
        id[18] = '-';
        hex(least >>> 48, id, 19, 4);
        id[23] = '-';
        hex(least, id, 24, 12);
        return new String(id);
    }

    /** The low {@code digits} hex digits of value, upper case, into id from offset. */
    private static void hex(long value, char[] id, int offset, int digits) {
        for (int i = offset + digits - 1; i >= offset; i--) {
            id[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
