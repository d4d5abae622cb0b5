package io.configconformance.suite;

/**
 * The names of the account groups the suite creates: every one carries the prefix, so that cleanup and `sweep` find
 * leftovers of interrupted runs on a real account, and nothing else.
 */
public final class GroupNames {

    public static final String PREFIX = "conformance-";
    /**
     * What the suite writes as the Description of the groups it creates: with the prefix, what tells {@code sweep}
     * without a journal that a group is the suite's and not a user's group that happens to share the prefix.
     */
    public static final String MARKER = "Created by the conformance suite";

    private GroupNames() {
    }

    /** The name an account group of a scenario really gets. */
    public static String of(String name) {
        return name == null ? null : PREFIX + name;
    }
}
