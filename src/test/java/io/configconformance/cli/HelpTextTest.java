package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Help as a user reads and copies it: every command's, from {@code --help} and from {@code help}. */
class HelpTextTest {

    /** Text a user copies out of help: URLs, paths and file names. */
    private static final Pattern COPIED = Pattern.compile("[\\w~.-]*(?:://|/)[\\w.:/@~-]*\\w|\\w+\\.(?:json|md|html)");

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute(args), String.join(" ", args));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "emulator", "sweep", "replay", "parity", "benchmark"})
    void helpKeepsEveryUrlAndFileNameWholeAndFitsEightyColumns(String command) {
        String help = help(command, "--help");
        CommandLine.Model.CommandSpec spec = Main.commandLine(new Main()).getSubcommands().get(command)
                .getCommandSpec();
        Set<String> copied = new TreeSet<>();
        Stream.concat(Stream.of(spec.usageMessage().description()),
                spec.options().stream().flatMap(option -> Stream.of(option.description())))
                .forEach(text -> COPIED.matcher(text).results().forEach(match -> copied.add(match.group())));
        for (String text : copied) {
            assertTrue(help.contains(text), command + " --help breaks " + text + ":\n" + help);
        }
        for (String line : help.lines().toList()) {
            assertTrue(line.length() <= HelpLayout.WIDTH || !line.strip().contains(" "),
                    "a line longer than " + HelpLayout.WIDTH + " columns that could wrap: " + line);
        }
    }

    @Test
    void theRunCommandsExampleUrlsAreAmongWhatIsChecked() {
        String help = help("run", "--help");
        assertTrue(help.contains("(http://127.0.0.1:8080)"), help);
        assertTrue(help.contains("~/.aliyun/config.json"), help);
    }

    @Test
    void helpIsACommandForTheToolAndForEachSubcommand() {
        String overview = help("help");
        assertTrue(overview.contains("Commands:") && overview.contains("  run ") && overview.contains("  help "),
                overview);
        assertTrue(help("help", "sweep").startsWith("Usage: config-conformance sweep"), help("help", "sweep"));
    }

    /** The README and the pages a user of the jar reads: where credentials, the control token and embedding are. */
    private static final List<String> USER_PAGES = List.of("README.md", "docs/REAL-ENDPOINT.md", "docs/EMULATOR.md",
            "docs/EMBEDDING.md");

    @Test
    void runHelpNamesEveryEnvironmentVariableTheReadmeDocuments() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String page : USER_PAGES) {
            Matcher variables = Pattern.compile("\\b(?:CONFORMANCE|ALIBABA_CLOUD)_[A-Z_]+\\b")
                    .matcher(Files.readString(Path.of(page)));
            variables.results().forEach(match -> documented.add(match.group()));
        }
        assertTrue(documented.contains("ALIBABA_CLOUD_ACCESS_KEY_ID") && documented.contains("CONFORMANCE_ACCOUNT_ID")
                && documented.contains("CONFORMANCE_CONTROL_TOKEN"), "the pages name the variables: " + documented);
        String help = help("run", "--help");
        List<String> missing = documented.stream().filter(name -> !help.contains(name)).toList();
        assertTrue(missing.isEmpty(), "run --help does not name " + missing + ":\n" + help);
    }

    @Test
    void wrappingBreaksOnlyAtSpacesAndIndentsWhatFollows() {
        String wrapped = HelpLayout.wrap("      --endpoint=<e>  an emulator's URL (http://127.0.0.1:8080) or a"
                + " Cloud Config endpoint", 50);
        assertEquals(String.join("\n",
                "      --endpoint=<e>  an emulator's URL",
                "                        (http://127.0.0.1:8080) or",
                "                        a Cloud Config endpoint"), wrapped);
    }
}
