package io.configconformance.emulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Configuration recorders by account ID; an account's recorder exists from its first use. */
public final class RecorderStore {

    private final Map<Long, ConfigurationRecorder> recorders = new ConcurrentHashMap<>();

    public ConfigurationRecorder of(long accountId) {
        return recorders.computeIfAbsent(accountId, id -> new ConfigurationRecorder());
    }

    /** A snapshot of every account's recorder, for the control API's resource listing. */
    public Map<Long, ConfigurationRecorder> all() {
        return Map.copyOf(recorders);
    }

    public int size() {
        return recorders.size();
    }

    public void reset() {
        recorders.clear();
    }
}
