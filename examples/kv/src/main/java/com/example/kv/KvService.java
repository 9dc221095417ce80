package com.example.kv;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.Tla;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.runtime.value.Values;
import java.util.function.Predicate;

/**
 * A replicated key-value service: a leader that takes writes, followers that apply them in log
 * order, and a network that may reorder and duplicate messages. Built on the skeleton that
 * {@code lockstep generate} made from src/main/tla/ReplicatedKV.tla: every operation is one or more
 * steps of the spec, taken through {@link ReplicatedKV} (where our own code overrides generated
 * effects) and logged through the {@link TraceWriter}, so a test can check that the service only
 * ever does what the spec allows.
 *
 * <p>Not thread-safe: one service is one replicated group driven by one caller.
 */
public final class KvService {
    private final ReplicatedKV replicas;
    private final TraceWriter log;
    private final Choice choice = new RandomChoice(0); // every action of the spec is deterministic
    private ReplicatedKVState state;

    public KvService(ReplicatedKVConstants constants, TraceWriter log) {
        this.replicas = new ReplicatedKV(constants);
        this.log = log;
        this.state = replicas.init(choice);
        log.init(replicas.variables(state));
    }

    /** A service with the model's constants: followers f1 and f2, key k1, values v1 and v2. */
    public static KvService withModelConstants(TraceWriter log) {
        return new KvService(ReplicatedKVConstants.fromConfig(), log);
    }

    /** Writes {@code value} under {@code key} at the leader; visible to readers once committed. */
    public void put(String key, String value) {
        if (!take("Put", c -> c.params().get("k").equals(Values.model(key)) && c.params().get("v").equals(Values.model(value)))) {
            throw new IllegalStateException("cannot write " + key + " = " + value + ": the leader's log is full");
        }
    }

    /** The leader sends each follower the first entry it has not acknowledged; returns how many it sent. */
    public int sendAppends() {
        int n = 0;
        while (take("SendAppend", c -> true)) {
            n++;
        }
        return n;
    }

    /** Delivers the appends in flight (followers apply or drop them); returns how many. */
    public int deliverAppends() {
        int n = 0;
        while (take("ReceiveAppend", c -> true) || take("DropStaleAppend", c -> true)) {
            n++;
        }
        return n;
    }

    /** Delivers the acknowledgements in flight to the leader; returns how many. */
    public int deliverAcks() {
        int n = 0;
        while (take("ReceiveAck", c -> true)) {
            n++;
        }
        return n;
    }

    /** The leader commits what a majority holds; returns whether the commit index moved. */
    public boolean commit() {
        return take("AdvanceCommit", c -> true);
    }

    /** Replicates until nothing changes: every write committed and applied everywhere. */
    public void sync() {
        boolean progress = true;
        while (progress) {
            progress = sendAppends() + deliverAppends() + deliverAcks() > 0 | commit();
        }
    }

    /** What a client reading from the leader sees: the committed value, or null when none. */
    public String read(String key) {
        return name(Tla.apply(replicas.LeaderView(state), Values.model(key)));
    }

    /** What follower {@code f} has applied under {@code key}, or null. */
    public String readAt(String follower, String key) {
        // the state is typed from the spec's TypeOK: store is [Follower -> [Key -> Value \cup {NoValue}]],
        // a Map<FollowerValue, Map<KeyValue, Optional<ValueValue>>> (empty for NoValue)
        return state.store().get(ReplicatedKVConstants.FollowerValue.of(Values.model(follower)))
                .get(ReplicatedKVConstants.KeyValue.of(Values.model(key)))
                .map(v -> v.value().toTla()).orElse(null);
    }

    /** The number of committed writes. */
    public long committed() {
        return state.commitIndex();
    }

    /** The current state of the replicated group, as the spec sees it. */
    public ReplicatedKVState state() {
        return state;
    }

    /** Takes the first enabled step of {@code action} that {@code which} accepts, and logs it. */
    private boolean take(String action, Predicate<ActionCall> which) {
        for (ActionCall call : replicas.enabled(state)) {
            if (call.action().equals(action) && which.test(call)) {
                ReplicatedKVState next = replicas.step(state, call, choice);
                replicas.taken(state, call, next); // tells the environment (the network, the stores) what changed
                state = next;
                log.step(call.action(), call.params(), replicas.variables(next));
                return true;
            }
        }
        return false;
    }

    private String name(Value v) {
        String s = v.toTla();
        return s.equals("NoValue") ? null : s;
    }
}
