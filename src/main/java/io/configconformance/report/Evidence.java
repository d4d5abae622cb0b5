package io.configconformance.report;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How strongly the reference pages back what a scenario expects, from its one {@code @evidence-*} tag (the grade of
 * its weakest expectation), and the entries of docs/ERRATA.md it rests on ({@code @erratum-E<n>},
 * {@code @assumption-A<n>}). Each check is graded on its own ({@link Grade}, docs/VERDICTS.md): against a real
 * endpoint a miss of a check the page backs FAILS; any other miss is reported as DIFFERS, naming its entries.
 */
public enum Evidence {
    /** A page states it, uncontested. */
    PAGE("@evidence-page", "the page"),
    /** A page states it, but is contradicted by itself (samples, change history) or by the official SDK models. */
    CONTESTED("@evidence-contested", "contested page text"),
    /** The official SDK models or the Terraform provider, not a page. */
    SDK("@evidence-sdk", "the official SDK models"),
    /** An assumption of the register: the pages are silent. */
    ASSUMPTION("@evidence-assumption", "an assumption");

    private static final Pattern ENTRY = Pattern.compile("@(?:erratum|assumption)-([EA]\\d+)");

    private final String tag;
    private final String source;

    Evidence(String tag, String source) {
        this.tag = tag;
        this.source = source;
    }

    public String tag() {
        return tag;
    }

    /** The one evidence tag among the scenario's tags; a scenario with none or several is a defect of the feature. */
    public static Evidence of(Collection<String> tags) {
        List<Evidence> found = java.util.Arrays.stream(values()).filter(e -> tags.contains(e.tag)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("a scenario carries exactly one of @evidence-page, @evidence-contested,"
                    + " @evidence-sdk, @evidence-assumption; this one has " + (found.isEmpty() ? "none"
                    : found.stream().map(Evidence::tag).toList()));
        }
        return found.get(0);
    }

    /** The ERRATA entries the tags name (E4, A22, ...), in tag order. */
    public static List<String> entries(Collection<String> tags) {
        return tags.stream().map(ENTRY::matcher).filter(Matcher::matches).map(m -> m.group(1)).distinct().sorted()
                .toList();
    }

    /** What the scenario's expectations rest on, for a DIFFERS verdict: "assumption A22", "erratum E4 (contested)". */
    public String describe(List<String> entries) {
        if (this == PAGE) {
            return source;
        }
        List<String> named = entries.stream().map(Evidence::entryName).toList();
        return (this == CONTESTED ? "contested page text, " : this == SDK ? "the official SDK models, " : "")
                + String.join(" and ", named);
    }

    private static String entryName(String entry) {
        return (entry.startsWith("A") ? "assumption " : "erratum ") + entry;
    }
}
