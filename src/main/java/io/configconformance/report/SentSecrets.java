package io.configconformance.report;

/**
 * The secrets one run (or one client on its own) has sent, masked in every text it writes in every form a service
 * could echo them ({@link SecretForms}). Its owner hands it to whatever sends and whatever writes: a run's
 * {@code RunContext} to the run's transport, recorder, steps and reports; a client or signing filter on its own keeps
 * one of its own. Two runs side by side hold two.
 *
 * <p>AccessKeySecrets, security tokens and control tokens are kept for the registry's life ({@link #keep}).
 * Signatures are made per request, so they are kept in a window ({@link #keepRecent}): the newest
 * {@link #SIGNATURES_A_GENERATION} always, the generation before them too until a new one is full. A run of the
 * suite signs about 1,600 requests, so every signature of such a run stays for the whole run, and a long-lived JVM
 * that signs forever holds at most {@code 2 * SIGNATURES_A_GENERATION} (docs/SAFETY.md, "Masking").
 */
public final class SentSecrets {

    /**
     * Signatures a generation holds: five times what a whole run of the suite signs, at about 2.5 KiB each (so at most
     * some 40 MiB for two generations).
     */
    public static final int SIGNATURES_A_GENERATION = 8_192;

    private final int generation;
    private final SecretIndex kept = new SecretIndex();
    private volatile SecretIndex recent = new SecretIndex();
    private volatile SecretIndex older = new SecretIndex();
    private volatile boolean empty = true;

    public SentSecrets() {
        this(SIGNATURES_A_GENERATION);
    }

    /** A registry whose signature generations hold {@code generation} each (tests: a window one can fill). */
    SentSecrets(int generation) {
        this.generation = generation;
    }

    /** Keeps a value sent as a secret for the registry's life; null and short values are ignored. */
    public synchronized void keep(String value) {
        if (usable(value) && kept.add(value)) {
            empty = false;
        }
    }

    /** Keeps a signature among the newest; null and short values are ignored. */
    public synchronized void keepRecent(String signature) {
        if (!usable(signature) || kept.contains(signature) || recent.contains(signature)) {
            return;
        }
        if (recent.size() >= generation) {
            // the older generation is forgotten whole: at least the newest `generation` signatures stay
            older = recent;
            recent = new SecretIndex();
        }
        recent.add(signature);
        empty = false;
    }

    /** How many signatures are held now: at most twice {@link #SIGNATURES_A_GENERATION}, however many were sent. */
    public int signaturesHeld() {
        SecretIndex newest = recent;
        return newest.size() + older.size();
    }

    private static boolean usable(String value) {
        return value != null && value.length() >= SecretForms.SHORTEST;
    }

    /** The text with every form of every secret held replaced by the mask, the longest form at each place. */
    public String mask(String text) {
        if (text == null || text.length() < SecretForms.SHORTEST || empty) {
            return text;
        }
        // the newest generation is read first: a generation that moves to `older` meanwhile is still read there
        SecretIndex newest = recent;
        SecretIndex previous = older;
        StringBuilder out = null;
        int copied = 0;
        long prefix = 0;
        int window = SecretIndex.PREFIX;
        for (int end = 0; end < text.length(); end++) {
            prefix = prefix * SecretIndex.BASE + text.charAt(end)
                    - (end - window >= copied ? text.charAt(end - window) * SecretIndex.LEAVING : 0);
            int at = end - window + 1;
            if (at < copied) {
                continue;
            }
            String found = longest(longest(kept.longestAt(text, at, prefix), newest.longestAt(text, at, prefix)),
                    previous.longestAt(text, at, prefix));
            if (found != null) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, at).append(Redactor.MASK);
                copied = at + found.length();
                end = copied - 1; // the hash starts again with the first character after the match
                prefix = 0;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String longest(String one, String other) {
        return one == null ? other : other == null || one.length() >= other.length() ? one : other;
    }
}
