package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.protocol.ApiVersion;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * What a change of a real account's recorder needs first, as docs/SAFETY.md says: the recorder settled (unless the
 * scenario acts at once on a moment of its deployment) and what it monitors journaled, so that cleanup can put it
 * back.
 */
public final class RecorderChanges {

    static final String RECORDER = "ConfigurationRecorder.";
    static final String STATUS = RECORDER + "ConfigurationRecorderStatus";

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final ResponseReader reader;
    private final ResourceWaits waits;
    private final BegunOnAccounts begunOn;
    private final Moment moment;

    public RecorderChanges(ConformanceWorld world, Clients clients, Calls calls, ResponseReader reader,
                           ResourceWaits waits, BegunOnAccounts begunOn, Moment moment) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.reader = reader;
        this.waits = waits;
        this.begunOn = begunOn;
        this.moment = moment;
    }

    /**
     * A real account's recorder may still be deploying after an earlier scenario: a client waits until it has settled
     * before it changes it, unless the deployment under way is the moment the scenario acts on. Fresh emulator
     * accounts start settled, or held in deployment on purpose; accounts that may not read a recorder (members, RAM
     * users without permissions) have none of their own to wait for.
     */
    void settledFirst() {
        String role = world.account().role();
        if (!moment.underWay() && !world.accounts().disposable()
                && (role.equals("individual") || role.equals("management"))) {
            waits.recorderSettled(clients.acting(), STATUS);
        }
    }

    /**
     * On a real account, what the recorder monitors now is read first and journaled, so that cleanup (or sweep, after
     * a kill) can put it back. The read must succeed, or be refused for want of permission (NoPermission,
     * RDMemberNoPermission): such an account may not touch the recorder, which is what its scenarios check, so there
     * is nothing to put back. Any other answer stops the scenario before anything changes; a recorder that monitors
     * nothing, which PutConfigurationRecorder cannot restore (an empty ResourceTypes is refused), is not changed.
     */
    void keepTypesToRestore() {
        settledFirst();
        if (world.onEmulator() || begunOn.typesBegun(world.account().accountId())) {
            return;
        }
        ConfigClient client = clients.acting(s -> s.withVersion(ApiVersion.V2019_01_08));
        ApiResponse read = calls.setup(client, ConfigClient::describeConfigurationRecorder,
                answer -> answer.isSuccess() || answer.status() >= 400 && answer.status() < 500
                        && answer.body().contains("NoPermission"));
        if (!read.isSuccess()) {
            return;
        }
        List<String> before = reader.all(RECORDER + "ResourceTypes");
        if (before.isEmpty()) {
            throw new TestAbortedException("the recorder of account " + world.account().accountId() + " monitors no"
                    + " resource types, a state PutConfigurationRecorder cannot put back: not changed");
        }
        begunOn.beginTypes(world.account(), String.join(",", before));
    }

    /**
     * A change a service accepted from an account that could not read what it monitored: nothing can put it back, so
     * it is journaled as it is, and cleanup reports it left behind.
     */
    void changedUnread() {
        if (!world.onEmulator() && calls.lastResponse().isSuccess()
                && !begunOn.typesBegun(world.account().accountId())) {
            begunOn.beginTypes(world.account(), null);
        }
    }
}
