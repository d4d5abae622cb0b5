package io.configconformance.suite;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which scenarios a real account never runs, by their tags alone: one that needs the emulator (fault injection,
 * timings, an account that does not exist) or a fresh account, one that would leave behind what cannot be undone
 * (@irreversible), and one that changes account state (@mutating) unless the run allows it. The scenario hooks skip
 * by these rules, and {@code run --plan} predicts by them, so the two cannot disagree. A scenario whose trigger is a
 * moment of a resource's life (@moment) runs, and is judged only if it catches the moment.
 */
public final class RealAccountRules {

    private static final List<String> NEEDS_EMULATOR = List.of("@needs-fault-injection", "@needs-emulator-control",
            "@role-nonexistent");

    /** The tag of a scenario whose trigger is a moment of a resource's life: a deployment, a creation under way. */
    public static final String MOMENT = "@moment";
    /** What {@code run --plan} says of such a scenario, and of a row only such scenarios will try. */
    public static final String TRIED = "will be tried; judged if the moment is caught";

    private RealAccountRules() {
    }

    /**
     * Whether a scenario that runs on a real account is judged only if it acts before the service has finished:
     * otherwise it is NOT REACHED this time, with the evidence.
     */
    public static boolean triedAtAMoment(Collection<String> tags) {
        return tags.contains(MOMENT);
    }

    /** Why a scenario with these tags (each with its '@') is not run on a real account; empty when it may be. */
    public static Optional<String> skipReason(Collection<String> tags, boolean allowMutating) {
        for (String tag : NEEDS_EMULATOR) {
            if (tags.contains(tag)) {
                return Optional.of("needs the emulator's control API (" + tag + ")");
            }
        }
        if (tags.contains("@needs-fresh-account")) {
            return Optional.of("needs an account in its initial state (@needs-fresh-account): only the emulator"
                    + " creates fresh accounts");
        }
        if (tags.contains("@irreversible")) {
            return Optional.of("creates what the pages say cannot be undone (@irreversible: a global account group,"
                    + " Cloud Config for Enterprise), which would stay on the account");
        }
        if (tags.contains("@mutating") && !allowMutating) {
            return Optional.of("changes the state of a real account (@mutating): run with --allow-mutating to"
                    + " include it");
        }
        return Optional.empty();
    }
}
