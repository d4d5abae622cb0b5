package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunJvmTest {

    private static final String[] RUN = {"run", "--tags", "@v2020-09-07 and not @mutating", "--threads", "1"};

    @Test
    void onlyRunIsRelaunchedAndOnlyOnce() {
        assertTrue(ShortRunJvm.wanted(RUN, List.of("-Xmx1g", "-Dfoo=bar"), null, false));
        assertFalse(ShortRunJvm.wanted(new String[] {"emulator", "--port", "0"}, List.of(), null, false),
                "the emulator serves load for long: it keeps the optimising compiler");
        assertFalse(ShortRunJvm.wanted(new String[] {"benchmark"}, List.of(), null, false));
        assertTrue(ShortRunJvm.wanted(new String[] {"parity", "--baseline", "recordings/emulator"}, List.of(), null,
                false), "parity runs the suite once, as run does");
        assertFalse(ShortRunJvm.wanted(new String[] {"replay", "recordings/emulator"}, List.of(), null, false));
        assertFalse(ShortRunJvm.wanted(new String[0], List.of(), null, false));
        assertFalse(ShortRunJvm.wanted(RUN, List.of(), null, true), "the tuned JVM does not relaunch again");
    }

    @Test
    void aJvmTunedByHandOrTheSwitchTurnsTheRelaunchOff() {
        assertFalse(ShortRunJvm.wanted(RUN, List.of("-XX:+UseParallelGC"), null, false));
        assertFalse(ShortRunJvm.wanted(RUN, List.of("-Xmx1g", "-XX:StartFlightRecording"), null, false));
        assertFalse(ShortRunJvm.wanted(RUN, List.of(), "false", false));
        assertTrue(ShortRunJvm.wanted(RUN, List.of(), "true", false));
    }

    @Test
    void theTunedCommandKeepsTheJvmOptionsClassPathAndArgumentsAsTheyAre() {
        List<String> command = ShortRunJvm.command(Path.of("/opt/jdk"), "/work/a b/config-conformance.jar",
                List.of("-Xmx1g", "-Dconformance.endpoint=http://127.0.0.1:1"), 1_700_000_000_123L, RUN);
        assertEquals(List.of(Path.of("/opt/jdk", "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx1g", "-Dconformance.endpoint=http://127.0.0.1:1",
                "-Dconformance.launched-at=1700000000123",
                "-Dconformance.launcher-pid=" + ProcessHandle.current().pid(),
                "-cp", "/work/a b/config-conformance.jar", "io.configconformance.cli.Main",
                "run", "--tags", "@v2020-09-07 and not @mutating", "--threads", "1"), command);
    }

    @Test
    void aTunedJvmThatCannotStartIsAnIoErrorNamingTheCommand() {
        IOException e = assertThrows(IOException.class,
                () -> ShortRunJvm.relaunch(List.of(Path.of("no-such-dir", "bin", "java").toString(), "-version")));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
    }

    @Test
    void theTunedJvmMapsTheClassDataArchiveTheBuildWroteBesideTheJar(@TempDir Path target) throws IOException {
        Path jar = Files.writeString(target.resolve("config-conformance.jar"), "jar");
        Path archive = Files.writeString(target.resolve(ClassArchive.FILE_NAME), "archive");
        List<String> command = ShortRunJvm.command(Path.of("/opt/jdk"), jar.toString(), List.of("-Xmx1g"), 1L, RUN);
        int afterFlags = 1 + ShortRunJvm.FLAGS.size(); // java, the tuning, then the archive and the JVM's own options
        assertEquals(ShortRunJvm.FLAGS, command.subList(1, afterFlags));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xshare:auto",
                "-Xlog:cds=off,cds+dynamic=off", "-Xmx1g"), command.subList(afterFlags, afterFlags + 4));
        assertEquals(java.util.Optional.empty(), ClassArchive.besideJar(jar + java.io.File.pathSeparator + jar),
                "a class path of several entries is not the jar the archive was written for");
        Files.delete(archive);
        assertEquals("-Xmx1g", ShortRunJvm.command(Path.of("/opt/jdk"), jar.toString(), List.of("-Xmx1g"), 1L, RUN)
                .get(afterFlags), "without an archive the tuned JVM loads its classes from the jar");
    }
}
