package io.configconformance.emulator.gateway;

/**
 * A documented error outcome: the HTTP status, Code and Message of a row of an error table in the reference pages,
 * or of the gateway's authentication errors (PROTOCOL.md, "Error envelope"). Thrown by request handling and turned
 * into the error envelope in the requested format.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The same documented error with a message that names the offending value. */
    public ApiError withDetail(String detail) {
        return new ApiError(status, code, getMessage() + " " + detail);
    }

    @Override
    public String toString() {
        return status + " " + code + ": " + getMessage();
    }
}
