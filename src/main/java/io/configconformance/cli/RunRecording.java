package io.configconformance.cli;

import io.configconformance.recording.RecordingFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where a run records, if it does. A recording is a baseline others compare with, so a run never loses one: it is
 * written into a fresh folder beside its target ({@code .<name>.recording-<pid>}), created only once every option has
 * been checked, and moved into place only when the run has tested something. A bad option, a stop (Ctrl-C,
 * SIGTERM), an error or a run that tested nothing leaves the earlier recording as it was, file for file. Parity's own
 * recording is written into the report folder's staging area instead, and published with the reports.
 */
final class RunRecording {

    private static final String STAGING = ".recording-";

    private final Path target;
    private final Path staging;
    private boolean finished;

    private RunRecording(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** The folder the run's recorder writes into while the run lasts; empty when the run records nothing. */
    Optional<Path> folder() {
        return Optional.ofNullable(staging).map(Path::toAbsolutePath);
    }

    /** A run that records nothing. */
    static RunRecording none() {
        return new RunRecording(null, null);
    }

    /**
     * The recording of a run: parity's ({@code withReports}, a folder of the report staging area, published with the
     * reports), {@code run --record DIR}'s, or none.
     */
    static RunRecording of(Path record, String withReports, Path reportStaging) {
        return withReports != null ? new RunRecording(null, reportStaging.resolve(withReports))
                : record != null ? beside(record) : none();
    }

    /**
     * Recording for {@code run --record DIR}: checks that {@code target} can be the recording's folder and creates the
     * staging folder beside it; throws IllegalArgumentException with the one-line reason when it cannot.
     */
    static RunRecording beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("--record " + target + " is a file, not a folder");
        }
        if (absolute.getParent() == null) {
            throw new IllegalArgumentException("--record " + target + " cannot be the file system's root");
        }
        String prefix = "." + absolute.getFileName() + STAGING;
        Path staging = absolute.resolveSibling(prefix + ProcessHandle.current().pid());
        try {
            RecordingFiles.count(absolute); // a folder holding links is refused now, not after the run
            Files.createDirectories(absolute.getParent());
            FileTrees.deleteStagingOfEndedRuns(absolute.getParent(), prefix);
            FileTrees.delete(staging); // left by a run of the same process ID that was killed outright
            Files.createDirectory(staging);
            if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
                FileTrees.delete(staging);
                throw new IllegalArgumentException("--record " + target + " is not writable");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("--record " + target + " cannot be written: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--record " + target + ": " + e.getMessage());
        }
        return new RunRecording(target, staging);
    }

    /**
     * The run has ended: when it tested something, the recording replaces the earlier one in its folder (recording
     * files only: the earlier recording's scenarios this run did not make go, other files stay) and a line says so;
     * otherwise the staged recording is dropped and the earlier one stays.
     */
    synchronized void finish(boolean testedSomething, PrintWriter out) throws IOException {
        if (target == null || finished) {
            return;
        }
        finished = true;
        if (!testedSomething) {
            FileTrees.delete(staging);
            out.println("recording: nothing was tested; " + target + " keeps the earlier recording");
            return;
        }
        Set<String> made = RecordingFiles.read(staging).keySet();
        Files.createDirectories(target);
        for (String scenario : made) {
            Path destination = target.resolve(scenario + ".json");
            Files.createDirectories(destination.getParent());
            SafeMove.replace(staging.resolve(scenario + ".json"), destination);
        }
        RecordingFiles.clear(target, made);
        FileTrees.delete(staging);
        out.println("recorded " + made.size() + " scenarios in " + target);
    }

    /** A stop or an error: the staged recording goes, the earlier one stays. */
    synchronized void discard() {
        if (target != null && !finished) {
            finished = true;
            try {
                FileTrees.delete(staging);
            } catch (UncheckedIOException e) {
                // a file still being written: the next run of this process ID removes what is left
            }
        }
    }
}
