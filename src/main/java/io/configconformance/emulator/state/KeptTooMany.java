package io.configconformance.emulator.state;

/** The emulator already keeps as many of something as it ever keeps; a reset (or a consumed fault) frees room. */
public final class KeptTooMany extends RuntimeException {

    private final String what;
    private final int limit;

    public KeptTooMany(String what, int limit) {
        super("the emulator keeps at most " + limit + " " + what, null, false, false);
        this.what = what;
        this.limit = limit;
    }

    public String what() {
        return what;
    }

    public int limit() {
        return limit;
    }
}
