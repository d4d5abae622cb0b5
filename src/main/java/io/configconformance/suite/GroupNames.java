package io.configconformance.suite;

/**
 * The names of the account groups the suite creates: every one carries the prefix, so that cleanup and `sweep` find
 * leftovers of interrupted runs on a real account, and nothing else.
 */
public final class GroupNames {

    public static final String PREFIX = "conformance-";

    private GroupNames() {
    }

    /** The name an account group of a scenario really gets. */
    public static String of(String name) {
        return name == null ? null : PREFIX + name;
    }
}
