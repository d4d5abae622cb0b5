package io.configconformance.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Differences of one answer that follow from another of the same answer. An error's {@code Recommend} is a URL built
 * from its {@code Code} ({@code https://api.aliyun.com/troubleshoot?q=<Code>&product=Config...}): when the Code
 * changed and the Recommend changed by exactly that, the Recommend is one consequence of the Code's change, not a
 * second finding. It is kept (the reader sees both values) but marked "follows from" the Code's path and placed right
 * after it; a Recommend that changed in any other way, or alone, stays a difference of its own.
 */
final class DerivedDifferences {

    private static final String CODE = "Code";
    private static final String RECOMMEND = "Recommend";
    /** A value as {@link Parity} and {@link XmlParity} show it: its type, then the quoted text. */
    private static final Pattern SHOWN = Pattern.compile("^[a-z]+ \"(.*)\"$", Pattern.DOTALL);

    private DerivedDifferences() {
    }

    /** The differences of one exchange, each derived one marked and moved right after the one it follows from. */
    static List<Parity.Difference> fold(List<Parity.Difference> exchange) {
        List<Parity.Difference> derived = new ArrayList<>();
        List<Parity.Difference> independent = new ArrayList<>();
        for (Parity.Difference difference : exchange) {
            Optional<Parity.Difference> cause = cause(difference, exchange);
            if (cause.isPresent()) {
                derived.add(difference.following(cause.get().path()));
            } else {
                independent.add(difference);
            }
        }
        List<Parity.Difference> folded = new ArrayList<>();
        for (Parity.Difference difference : independent) {
            folded.add(difference);
            List<Parity.Difference> following = derived.stream()
                    .filter(d -> d.followsFrom().equals(difference.path())).toList();
            folded.addAll(following);
            derived.removeAll(following); // once, under the first difference of that path
        }
        return folded;
    }

    /** The Code difference this Recommend difference is a consequence of, if it is one. */
    private static Optional<Parity.Difference> cause(Parity.Difference difference, List<Parity.Difference> exchange) {
        String path = difference.path();
        if (!path.endsWith("/" + RECOMMEND)) {
            return Optional.empty();
        }
        String codePath = path.substring(0, path.length() - RECOMMEND.length()) + CODE;
        return exchange.stream().filter(d -> d.path().equals(codePath))
                .filter(code -> follows(code, difference)).findFirst();
    }

    private static boolean follows(Parity.Difference code, Parity.Difference recommend) {
        Optional<String> codeBefore = text(code.recorded());
        Optional<String> codeNow = text(code.now());
        Optional<String> before = text(recommend.recorded());
        Optional<String> now = text(recommend.now());
        if (codeBefore.isEmpty() || codeNow.isEmpty() || before.isEmpty() || now.isEmpty()
                || codeBefore.get().isEmpty() || !before.get().contains(codeBefore.get())) {
            return false;
        }
        return before.get().replace(codeBefore.get(), codeNow.get()).equals(now.get());
    }

    private static Optional<String> text(String shown) {
        Matcher matcher = SHOWN.matcher(shown);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
