package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What CI runs: the example nightly workflow (docs/ci/nightly-conformance.yml, parsed with Jackson's YAML reader, which
 * the schema validator brings) keeps each site's credentials apart and never hides a red run; .ci/run runs the
 * README's test command, which installs what the tests need on a fresh machine.
 */
class CiFilesTest {

    private static final Path WORKFLOW = Path.of("docs", "ci", "nightly-conformance.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job() throws IOException {
        Map<String, Object> workflow = new YAMLMapper().readValue(Files.readString(WORKFLOW), Map.class);
        return (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("conformance");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws IOException {
        return (List<Map<String, Object>>) job().get("steps");
    }

    private static Map<String, Object> step(String name) throws IOException {
        return steps().stream().filter(s -> name.equals(s.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + WORKFLOW));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachSiteHasItsOwnRegionEndpointAndRoleFile() throws IOException {
        Map<String, Object> strategy = (Map<String, Object>) job().get("strategy");
        List<Map<String, String>> sites = (List<Map<String, String>>) ((Map<String, Object>) strategy.get("matrix"))
                .get("include");
        assertEquals(Set.of("china", "international"), sites.stream().map(s -> s.get("site")).collect(Collectors.toSet()));
        for (Map<String, String> site : sites) {
            assertEquals("https://config." + site.get("region") + ".aliyuncs.com", site.get("endpoint"), site.toString());
            assertEquals(site.get("site").equals("china"), site.get("region").startsWith("cn-"), site.toString());
        }
        assertEquals(sites.size(), sites.stream().map(s -> s.get("roles")).distinct().count(), "a role file per site");
        Map<String, String> env = (Map<String, String>) step("Write the ${{ matrix.site }} site's role file from the CI"
                + " store").get("env");
        assertEquals("${{ secrets[matrix.roles] }}", env.get("ROLES_JSON"));
    }

    @Test
    void theRoleFileIsTheOnlySourceOfCredentials() throws IOException {
        String text = Files.readString(WORKFLOW);
        assertFalse(text.lines().filter(line -> !line.strip().startsWith("#"))
                .anyMatch(line -> line.contains("ALIBABA_CLOUD_")), "no credentials from the environment beside it");
        for (String name : List.of("Remove leftovers of interrupted runs", "Run the conformance suite",
                "Run the conformance suite and compare with the recording")) {
            assertTrue(step(name).get("run").toString().contains("--credentials \"$RUNNER_TEMP/roles.json\""), name);
        }
    }

    @Test
    void aRunThatTestedNothingTurnsTheJobRedAndTheReportsStillGoOut() throws IOException {
        for (String name : List.of("Run the conformance suite", "Run the conformance suite and compare with the"
                + " recording")) {
            Map<String, Object> run = step(name);
            String command = run.get("run").toString();
            assertTrue(command.startsWith("java -jar target/config-conformance.jar run ")
                    || command.startsWith("java -jar target/config-conformance.jar parity "), command);
            assertFalse(run.containsKey("continue-on-error") || run.get("if").toString().contains("always()"),
                    "the run's exit code decides: " + run);
            for (String swallow : List.of("||", "set +e", "; true", "exit 0", "|")) {
                assertFalse(command.contains(swallow), "nothing swallows exit 1 or 2: " + command);
            }
            assertTrue(command.contains("--reports \"reports/${{ matrix.region }}\""), command);
            assertFalse(command.contains("--allow-empty"), "a run of skips is exit 2, so the job is red");
        }
        Map<String, Object> summary = step("Add the conformance matrix to the job summary");
        assertEquals("always()", summary.get("if"));
        assertTrue(summary.get("run").toString().contains("reports/${{ matrix.region }}/conformance-matrix.md")
                && summary.get("run").toString().contains(">> \"$GITHUB_STEP_SUMMARY\""), summary.toString());
        Map<String, Object> upload = step("Publish the reports");
        assertEquals("always()", upload.get("if"));
        assertEquals("conformance-reports-${{ matrix.region }}", ((Map<?, ?>) upload.get("with")).get("name"));
    }

    @Test
    void theSuiteRunsOnceANightAgainstTheAccountWithOrWithoutARecording() throws IOException {
        List<Map<String, Object>> suiteRuns = steps().stream().filter(s -> s.get("run") != null
                && (s.get("run").toString().contains("config-conformance.jar run ")
                || s.get("run").toString().contains("config-conformance.jar parity "))).toList();
        assertEquals(2, suiteRuns.size(), "a run step and a parity step: " + suiteRuns);
        String recorded = "hashFiles(format('{0}/**', matrix.recording))";
        assertEquals(Set.of(recorded + " == ''", recorded + " != ''"),
                suiteRuns.stream().map(s -> s.get("if").toString()).collect(Collectors.toSet()),
                "exactly one of them runs: parity is the run plus the comparison");
    }

    @Test
    void ciRunsTheReadmesTestCommandWhichInstallsWhatIsMissing() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String command = "scripts/test.sh";
        assertTrue(readme.contains("```sh\n" + command + "\n```"), "the README's test command is " + command);
        List<String> ci = Files.readAllLines(Path.of(".ci", "run")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals(command, ci.get(ci.size() - 1), ".ci/run ends by running the README's test command");
        String test = Files.readString(Path.of(command));
        assertTrue(test.contains("scripts/install-test-tools.sh") && test.contains("mvn -B verify"), test);
        String install = Files.readString(Path.of("scripts", "install-test-tools.sh"));
        assertTrue(install.contains("apt-get install -y -q --no-install-recommends chromium")
                && install.contains("sudo -n"), "installs Chromium as root or through sudo: " + install);
    }

    @Test
    void theDependencySnippetsNameTheVersionTheBuildMakes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Pattern dependency = java.util.regex.Pattern.compile(
                "<artifactId>config-conformance</artifactId>\\s*<version>([^<]+)</version>");
        java.util.regex.Matcher project = dependency.matcher(pom);
        assertTrue(project.find(), "pom.xml names the project's version");
        for (String page : List.of("README.md", "docs/EMBEDDING.md")) {
            java.util.regex.Matcher snippet = dependency.matcher(Files.readString(Path.of(page)));
            assertTrue(snippet.find(), page + " shows the dependency");
            assertEquals(project.group(1), snippet.group(1), page + "'s dependency snippet");
        }
    }
}
