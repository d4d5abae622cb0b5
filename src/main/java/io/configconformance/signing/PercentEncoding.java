package io.configconformance.signing;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as Alibaba Cloud's signatures use it (PROTOCOL.md, "Signature V1" step 2): unreserved
 * characters stay, every other byte of the UTF-8 form becomes %XX with upper-case hex. Unlike
 * {@link java.net.URLEncoder}, a space is %20 (never +), * is %2A and ~ stays.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
