package io.configconformance.cli;

import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.report.DocumentedError;
import io.configconformance.validation.SchemaLocations;
import io.configconformance.witness.ApiDocsFacts;
import io.configconformance.witness.FeatureScenarios;
import io.configconformance.witness.MetadataFacts;
import io.configconformance.witness.SpecDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds a Cloud Config API metadata snapshot (api-docs JSON, downloaded from the API explorer) against the facts the
 * suite was last checked with (docs/spec-diff.md), so that a nightly job learns of documentation drift the morning
 * it happens; with {@code --extract} it prints the facts of a snapshot, as shipped in the jar.
 */
@Command(name = "spec-diff", mixinStandardHelpOptions = true,
        description = "List every documented error, parameter and answer field of the suite's operations that a"
                + " metadata snapshot (api-docs JSON) changes, with the scenarios each touches."
                + " Exit 0 nothing changed, 1 changes found, 2 bad usage or a file that is not api-docs JSON.")
final class SpecDiffCommand implements Callable<Integer> {

    @Option(names = "--metadata", required = true, paramLabel = "FILE",
            description = "The api-docs JSON of Config 2019-01-08 or 2020-09-07.")
    Path metadata;

    @Option(names = "--extract", description = "Print the snapshot's facts as JSON instead of comparing them.")
    boolean extract;

    @Option(names = "--source", defaultValue = "", description = "With --extract: where the snapshot comes from.")
    String source;

    @Option(names = "--snapshot", defaultValue = "", paramLabel = "DATE",
            description = "With --extract: the date of the snapshot (yyyy-mm-dd).")
    String snapshot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode facts;
        try {
            facts = ApiDocsFacts.extract(Files.readString(metadata, StandardCharsets.UTF_8),
                    OperationTable.standard()::actionsOf);
            if (!facts.path("product").asString().equalsIgnoreCase("Config")
                    || ApiVersion.fromWire(facts.path("version").asString()).isEmpty()) {
                throw new IllegalArgumentException("describes " + facts.path("product").asString() + " "
                        + facts.path("version").asString() + ", not Config 2019-01-08 or 2020-09-07");
            }
        } catch (IOException e) {
            err.println("spec-diff: cannot read " + metadata + " (" + e.getClass().getSimpleName() + ")");
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("spec-diff: " + metadata + " is " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (extract) {
            facts.put("snapshot", snapshot).put("source", source);
            out.println(facts.toPrettyString());
            out.flush();
            return ExitCodes.PASSED;
        }
        MetadataFacts tested = MetadataFacts.shipped(facts.path("version").asString());
        List<SpecDiff.Change> changes = new SpecDiff(FeatureScenarios.shipped())
                .compare(tested, new MetadataFacts(facts));
        changes.forEach(change -> {
            out.println("CHANGED " + change.line());
            change.scenarios().forEach(s -> out.println("  scenario " + s.title()));
            if (change.scenarios().isEmpty()) {
                out.println("  no scenario names it");
            }
            testedBy(change).forEach(line -> out.println("  " + line));
        });
        out.println(changes.size() + (changes.size() == 1 ? " change" : " changes") + " against the snapshot the"
                + " suite was checked with (" + tested.provenance() + ")");
        out.flush();
        return changes.isEmpty() ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    /** What else of the suite states the changed fact: the catalogue's row of an error, the schemas of a field. */
    private static List<String> testedBy(SpecDiff.Change change) {
        return switch (change.kind()) {
            case "error" -> DocumentedError.find(change.operation(), change.version(), change.name())
                    .map(row -> List.of("catalogue row " + row + " (" + DocumentedError.CATALOGUE + ")"))
                    .orElse(List.of());
            case "field" -> List.of("schemas " + SchemaLocations.json(change.version(), change.operation()) + ", "
                    + SchemaLocations.xml(change.version(), change.operation()));
            default -> List.of();
        };
    }
}
