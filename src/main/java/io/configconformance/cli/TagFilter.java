package io.configconformance.cli;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * A Cucumber tag expression ({@code run --tags}) applied when the scenarios are discovered, so that a scenario it
 * leaves out is not in the run at all: not run, not counted, not reported as skipped. Cucumber's own
 * {@code cucumber.filter.tags} reports every scenario it filters as skipped, which made "no scenario matches" a run of
 * skips that exited 0. The Cucumber engine gives a scenario its tags without the '@'.
 */
final class TagFilter implements PostDiscoveryFilter {

    private final String text;
    private final Expression expression;

    private TagFilter(String text, Expression expression) {
        this.text = text;
        this.expression = expression;
    }

    /** The filter of the expression; an IllegalArgumentException saying what is wrong with it otherwise. */
    static TagFilter parse(String text) {
        try {
            return new TagFilter(text, TagExpressionParser.parse(text));
        } catch (TagExpressionException e) {
            throw new IllegalArgumentException("--tags '" + text + "' is not a tag expression: " + e.getMessage());
        }
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("a container holds what its scenarios make of it");
        }
        boolean matches = expression.evaluate(descriptor.getTags().stream().map(TestTag::getName)
                .map(tag -> "@" + tag).toList());
        return FilterResult.includedIf(matches, () -> "matches " + text, () -> "does not match " + text);
    }
}
