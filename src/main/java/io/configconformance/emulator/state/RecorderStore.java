package io.configconformance.emulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Configuration recorders by account ID; an account's recorder exists from its first use. */
public final class RecorderStore {

    private final Map<Long, ConfigurationRecorder> recorders = new ConcurrentHashMap<>();

    public ConfigurationRecorder of(long accountId) {
        return recorders.computeIfAbsent(accountId, id -> new ConfigurationRecorder());
    }

    public int size() {
        return recorders.size();
    }

    public void reset() {
        recorders.clear();
    }
}
