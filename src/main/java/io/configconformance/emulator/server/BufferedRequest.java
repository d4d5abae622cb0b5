package io.configconformance.emulator.server;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has been read (and inflated) already. It no longer says how the body was encoded, and it
 * reports no content type through the servlet API, so WireMock neither inflates it again nor parses a form body with
 * Jetty's parser (which fails with a 500 on a byte sequence that is not UTF-8); the Content-Type header itself stays
 * readable for the API's own, strict parsing.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

    private static final Set<String> HIDDEN = Set.of("content-encoding", "content-length", "transfer-encoding");

    private final byte[] body;

    BufferedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The body as read (and inflated), not copied: callers only read it. */
    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has been read already");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }
        };
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public String getCharacterEncoding() {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return HIDDEN.contains(name.toLowerCase(java.util.Locale.ROOT)) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return HIDDEN.contains(name.toLowerCase(java.util.Locale.ROOT)) ? Collections.emptyEnumeration()
                : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(Collections.list(super.getHeaderNames()));
        names.removeIf(name -> HIDDEN.contains(name.toLowerCase(java.util.Locale.ROOT)));
        return Collections.enumeration(List.copyOf(names));
    }
}
