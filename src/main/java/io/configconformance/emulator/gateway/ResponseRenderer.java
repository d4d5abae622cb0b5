package io.configconformance.emulator.gateway;

import io.configconformance.protocol.ResponseFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serialises responses the way the service does (PROTOCOL.md, "Success envelope" and "Error envelope"): JSON objects
 * with fields in the order given; XML with the action's Response root (or Error), lists as repeated sibling elements
 * named after the list, and absent (null) fields left out in both formats.
 */
public final class ResponseRenderer {

    public RenderedResponse success(String action, ResponseFormat format, String requestId, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.putAll(fields);
        return render(200, format, requestId, action + "Response", body);
    }

    public RenderedResponse error(ApiError error, ResponseFormat format, String requestId, String hostId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.put("HostId", hostId);
        body.put("Code", error.code());
        body.put("Message", error.getMessage());
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + error.code()
                + "&product=Config&requestId=" + requestId);
        return render(error.status(), format, requestId, "Error", body);
    }

    private static RenderedResponse render(int status, ResponseFormat format, String requestId, String root,
                                           Map<String, Object> body) {
        String text = format == ResponseFormat.XML ? xml(root, body) : JsonText.write(body);
        return new RenderedResponse(status, format.contentType(), requestId, text);
    }

    private static String xml(String root, Map<String, Object> body) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(out, root, body);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> element(out, name, item));
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> element(out, String.valueOf(key), child));
        } else {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Escapes markup and replaces every character XML 1.0 cannot carry (control characters, U+FFFE, U+FFFF, a lone
     * surrogate) with U+FFFD, so an answer is well-formed whatever text reached it (an error message may echo input).
     */
    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (ParameterText.allowedBmp(c)) {
                        out.append(c);
                    } else {
                        out.append("&#xFFFD;");
                    }
                }
            }
        }
    }
}
