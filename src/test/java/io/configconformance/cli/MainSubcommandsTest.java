package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The jar builds only the subcommand it is asked for, and every one when it must show or suggest them. */
class MainSubcommandsTest {

    @Test
    void eachSubcommandIsListedUnderTheNameItsCommandDeclares() {
        Main.SUBCOMMANDS.forEach((name, command) -> assertEquals(name,
                new CommandLine(command.get()).getCommandName(), "the name the jar routes by"));
    }

    @Test
    void aNamedSubcommandIsBuiltAlone() {
        assertEquals(List.of("emulator"), names(Main.commandLine(new Main(), "emulator")));
        assertEquals(List.of("run"), names(Main.commandLine(new Main(), "run")));
        // what the jar's main and Main.execute build from their arguments
        assertEquals(List.of("emulator"), names(Main.commandLineFor(new Main(), "emulator", "--port", "0")));
    }

    @Test
    void helpNoCommandOrAMisspeltOneSeesThemAll() {
        List<String> all = List.copyOf(Main.SUBCOMMANDS.keySet());
        assertEquals(all, names(Main.commandLine(new Main(), "help")));
        assertEquals(all, names(Main.commandLine(new Main(), null)));
        assertEquals(all, names(Main.commandLine(new Main(), "emulater")));
        assertEquals(all, names(Main.commandLine(new Main(), "--help")));
        assertEquals(all, names(Main.commandLine(new Main())));
    }

    @Test
    void aNamedSubcommandParsesAndLaysOutItsHelpAsBefore() {
        CommandLine alone = Main.commandLine(new Main(), "emulator");
        CommandLine whole = Main.commandLine(new Main());
        assertEquals(whole.getSubcommands().get("emulator").getUsageMessage(),
                alone.getSubcommands().get("emulator").getUsageMessage());
        assertEquals(2, Main.execute("emulator", "--port", "70000"), "bad usage, as with every subcommand built");
    }

    @Test
    void theBenchmarkComparesAgainstTheFlagsRunTunesItsJvmWith() {
        Object benchmark = Main.commandLine(new Main(), "benchmark").getSubcommands().get("benchmark").getCommand();
        assertEquals(ShortRunJvm.FLAGS, ((io.configconformance.bench.BenchmarkCommand) benchmark).tunedJvmFlags());
    }

    private static List<String> names(CommandLine commandLine) {
        return List.copyOf(commandLine.getSubcommands().keySet());
    }
}
