package io.configconformance.emulator.state;

import java.security.SecureRandom;

/** Random identifiers in the formats the service uses (ca-..., fd-..., rd-..., access keys). */
public final class Ids {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String alphanumeric(int length) {
        return pick(ALPHANUMERIC, length);
    }

    public static String hex(int length) {
        return pick(HEX, length);
    }

    private static String pick(String alphabet, int length) {
        StringBuilder builder = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            builder.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return builder.toString();
    }
}
