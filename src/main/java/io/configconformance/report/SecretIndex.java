package io.configconformance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Values and their forms ({@link SecretForms}), each form indexed by a rolling hash of its first
 * {@link SecretForms#SHORTEST} characters, so that one pass over a text finds every form at every place: each place
 * is tested against a bit filter of those hashes before any lookup. The filter grows with the forms (about 8 bits a
 * form), so an index of a few values costs a few hundred bytes and one of many still rules out nearly every place.
 * Added to under its registry's lock; read by any thread without one.
 */
final class SecretIndex {

    static final int PREFIX = SecretForms.SHORTEST;
    static final long BASE = 0x100000001B3L;
    /** BASE to the power PREFIX: what the character leaving the window weighed in the hash. */
    static final long LEAVING;

    static {
        long power = 1;
        for (int i = 0; i < PREFIX; i++) {
            power *= BASE;
        }
        LEAVING = power;
    }

    private static final int FEWEST_BITS = 1 << 12;
    private static final int MOST_BITS = 1 << 24;
    private static final int BITS_PER_FORM = 8;

    private final Set<String> values = ConcurrentHashMap.newKeySet();
    private final Map<Long, List<String>> byPrefix = new ConcurrentHashMap<>();
    private volatile AtomicLongArray filter = new AtomicLongArray(FEWEST_BITS / 64);
    private long forms;

    /** Adds a value's forms; false when the value is held already. Only under the registry's lock. */
    boolean add(String value) {
        if (!values.add(value)) {
            return false;
        }
        Set<String> added = SecretForms.of(value);
        forms += added.size();
        AtomicLongArray bits = filter;
        boolean grow = forms * BITS_PER_FORM > bits.length() * 64L && bits.length() * 64L < MOST_BITS;
        for (String form : added) {
            long prefix = prefix(form);
            byPrefix.compute(prefix, (p, held) -> longestFirst(held, form));
            if (!grow) {
                set(bits, prefix);
            }
        }
        if (grow) {
            // a larger filter, built from every form held, replaces the full one at once
            long wanted = Math.min(MOST_BITS, Long.highestOneBit(forms * BITS_PER_FORM) << 1);
            AtomicLongArray larger = new AtomicLongArray((int) (wanted / 64));
            byPrefix.keySet().forEach(prefix -> set(larger, prefix));
            filter = larger;
        }
        return true;
    }

    boolean contains(String value) {
        return values.contains(value);
    }

    /** How many values this index holds. */
    int size() {
        return values.size();
    }

    /** The longest form held that starts at {@code at}, whose first characters hash to {@code prefix}; else null. */
    String longestAt(String text, int at, long prefix) {
        AtomicLongArray bits = filter;
        int bit = bit(prefix, bits);
        if ((bits.get(bit >>> 6) & (1L << bit)) == 0) {
            return null;
        }
        for (String form : byPrefix.getOrDefault(prefix, List.of())) {
            if (text.startsWith(form, at)) {
                return form;
            }
        }
        return null;
    }

    /** A new list with the form added before any shorter one: the longest form at a place wins. */
    private static List<String> longestFirst(List<String> held, String form) {
        List<String> added = held == null ? new ArrayList<>(1) : new ArrayList<>(held);
        int at = 0;
        while (at < added.size() && added.get(at).length() >= form.length()) {
            at++;
        }
        added.add(at, form);
        return List.copyOf(added);
    }

    private static long prefix(String form) {
        long prefix = 0;
        for (int i = 0; i < PREFIX; i++) {
            prefix = prefix * BASE + form.charAt(i);
        }
        return prefix;
    }

    private static void set(AtomicLongArray bits, long prefix) {
        int bit = bit(prefix, bits);
        bits.getAndUpdate(bit >>> 6, word -> word | (1L << bit));
    }

    private static int bit(long prefix, AtomicLongArray bits) {
        long mixed = prefix * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (bits.length() * 64 - 1);
    }
}
