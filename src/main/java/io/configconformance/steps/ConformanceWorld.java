package io.configconformance.steps;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.SignatureVersion;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.recording.RecordingFiles;
import io.configconformance.suite.AccountSource;
import io.configconformance.suite.EndpointUnderTest;
import io.configconformance.suite.RunContext;
import io.configconformance.suite.RunOptions;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * What one scenario knows: the endpoint and its tags, the accounts it acts as (the acting one, a management account
 * and its members), the account groups it created by name and how the client talks (version, format, signature);
 * what it began on an account, for cleanup, is {@link BegunOnAccounts}. State only: clients come from
 * {@link Clients}, calls go through {@link Calls}. PicoContainer creates one per scenario and hands it to every step class.
 */
public final class ConformanceWorld {

    private final RunContext run = RunContext.current();
    private final EndpointUnderTest endpoint = run.endpoint();
    private Set<String> tags = Set.of();
    private String scenarioName = "";
    private Duration longestHeld = Duration.ZERO;
    private TestAccount account;
    private TestAccount management;
    private final List<TestAccount> members = new ArrayList<>();
    private final Map<String, String> groupIds = new HashMap<>();
    private String scenarioId = UUID.randomUUID().toString().substring(0, 8);
    private String folderId;
    private String lastCreatedName;
    private String lastReadGroup;
    private ApiVersion version = ApiVersion.V2020_09_07;
    private ResponseFormat format = ResponseFormat.JSON;
    private SignatureVersion signature = SignatureVersion.V1;

    @Before(order = -5)
    public void readTags(Scenario scenario) {
        tags = Set.copyOf(scenario.getSourceTagNames());
        scenarioName = scenario.getName();
        if (endpoint.isEmulator() || run.recorder().directory().isPresent()) {
            // the same in every run, so that a recording's requests are made again alike and a replay matches them
            scenarioId = RecordingFiles.derivedSuffix(RecordingFiles.scenarioId(scenario.getUri().toString(),
                    scenario.getName()));
        }
    }

    public String scenarioName() {
        return scenarioName;
    }

    /** The scenario has made the emulator's deployments or group creations of an account last this long. */
    public void held(Duration transition) {
        if (transition.compareTo(longestHeld) > 0) {
            longestHeld = transition;
        }
    }

    /** The longest deployment or group creation the scenario has asked the emulator for. */
    public Duration longestHeld() {
        return longestHeld;
    }

    /**
     * The control API, for a scenario tagged with what it needs ({@code @needs-emulator-control},
     * {@code @needs-fault-injection}): against a real endpoint such a scenario is skipped up front, so an untagged use
     * is a defect of the feature and fails it, on the emulator too.
     */
    public EmulatorControl control(String neededTag) {
        if (!tags.contains(neededTag)) {
            throw new IllegalStateException("the scenario uses the emulator's control API without " + neededTag
                    + ": tag it, so that a run against a real endpoint skips it with the reason");
        }
        if (!endpoint.isEmulator()) {
            throw new TestAbortedException("needs the emulator's control API (" + neededTag + ")");
        }
        return endpoint.control();
    }

    public boolean onEmulator() {
        return endpoint.isEmulator();
    }

    public EndpointUnderTest endpoint() {
        return endpoint;
    }

    public AccountSource accounts() {
        return endpoint.accounts();
    }

    public RunOptions options() {
        return run.options();
    }

    /** The run this scenario belongs to: its pacing, statistics, waits that ran out and journal. */
    public RunContext run() {
        return run;
    }

    /**
     * A ClientToken of this scenario: the one the feature names, made unique to the scenario and, against a real
     * endpoint that is not being recorded, to the run.
     */
    public String clientToken(String token) {
        return token + "-" + scenarioId;
    }


    public void actAs(TestAccount acting) {
        this.account = acting;
    }

    public TestAccount account() {
        if (account == null) {
            throw new IllegalStateException("the scenario has not said which account acts (a Given step is missing)");
        }
        return account;
    }

    public void setManagement(TestAccount value) {
        this.management = value;
    }

    public TestAccount management() {
        if (management == null) {
            throw new IllegalStateException("the scenario has no management account (a Given step is missing)");
        }
        return management;
    }

    public void addMember(TestAccount member) {
        members.add(member);
    }

    /** Member account n, counted from 1 in the order the scenario created them. */
    public TestAccount member(int n) {
        if (n < 1 || n > members.size()) {
            throw new IllegalStateException("the scenario has " + members.size() + " member accounts, not " + n);
        }
        return members.get(n - 1);
    }

    public List<TestAccount> members() {
        return List.copyOf(members);
    }

    public void setFolder(String value) {
        this.folderId = value;
    }

    public String folder() {
        if (folderId == null) {
            throw new IllegalStateException("the scenario has created no folder (a Given step is missing)");
        }
        return folderId;
    }

    /**
     * The group a create named {@code name} answered, found by that name from now on (a repeat of the same create
     * keeps the first answer's ID under the name); cleanup knows it from the journal ({@link BegunOnAccounts}).
     */
    public void nameGroup(String name, String aggregatorId) {
        if (name != null) {
            groupIds.putIfAbsent(name, aggregatorId);
        }
    }

    /** The scenario's name of the group a When step asked to create last. */
    public void createdLast(String name) {
        lastCreatedName = name;
    }

    public String lastCreatedName() {
        return lastCreatedName;
    }

    /** The scenario's name of the group a When step read last. */
    public void readGroup(String name) {
        lastReadGroup = name;
    }

    public String lastReadGroup() {
        if (lastReadGroup == null) {
            throw new IllegalStateException("the scenario has read no account group (a When step is missing)");
        }
        return lastReadGroup;
    }

    /** The number of the scenario's member account with this AccountId. */
    public int memberNumber(long accountId) {
        for (int n = 1; n <= members.size(); n++) {
            if (members.get(n - 1).accountId() == accountId) {
                return n;
            }
        }
        throw new AssertionError("AccountId " + accountId + " is none of the scenario's member accounts");
    }

    public String groupId(String name) {
        String id = groupIds.get(name);
        if (id == null) {
            throw new IllegalStateException("the scenario has created no account group named '" + name + "'");
        }
        return id;
    }

    public void useVersion(ApiVersion value) {
        this.version = value;
    }

    public ApiVersion version() {
        return version;
    }

    public void useFormat(ResponseFormat value) {
        this.format = value;
    }

    public void useSignature(SignatureVersion value) {
        this.signature = value;
    }

    public ResponseFormat format() {
        return format;
    }

    public SignatureVersion signature() {
        return signature;
    }
}
