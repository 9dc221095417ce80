package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.choice.ExhaustiveChoice;
import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.value.Value;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Actions under {@code \A x \in S : P} whose conjuncts prime a variable ({@code specs/corpus/QuorumDecide}:
 * {@code \A a \in Q : decision' \in accepted[a]}, and {@code \A b \in Acceptor :
 * Cardinality(accepted'[b]) <= 2} after {@code accepted'} has its value; {@code
 * specs/corpus/UnanimousConfig}: {@code \A <<r, v>> \in ballots : installed' = v}, over tuples) are
 * translated as TLC evaluates them: the generated successors, explored breadth-first from every
 * initial state, reach exactly the distinct states TLC counted for the model (its recorded {@code
 * expected.json}).
 */
class ForAllActionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"QuorumDecide", "UnanimousConfig"})
    void quantifiedPrimesReachTheStatesTlcReaches(String name, @TempDir Path dir) throws Exception {
        Generation g = CorpusGenerationTest.generate(name);
        assertEquals(List.of(), g.untranslated(), "the actions' \\A are translated, not left to the user");
        SpecMachine<Object> machine = CorpusGenerationTest.compile(g, name, dir).newMachine();
        assertEquals(tlcDistinctStates(name), reachableStates(machine),
                "distinct states: TLC's count (expected.json) against the generated successors'");
    }

    /** The distinct states TLC counted for corpus model {@code name} (its recorded expected.json). */
    static int tlcDistinctStates(String name) throws java.io.IOException {
        return new ObjectMapper().readTree(CorpusGenerationTest.CORPUS.resolve(name).resolve("expected.json").toFile())
                .get("distinctStates").asInt();
    }

    /** The distinct states the generated initial states and successors reach, explored breadth-first. */
    static int reachableStates(SpecMachine<Object> machine) {
        Set<Map<String, Value>> seen = new HashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        ExhaustiveChoice inits = new ExhaustiveChoice();
        do {
            Object s = machine.init(inits);
            if (seen.add(machine.variables(s))) {
                todo.add(s);
            }
        } while (inits.advance());
        while (!todo.isEmpty()) {
            Object s = todo.poll();
            for (ActionCall call : machine.enabled(s)) {
                ExhaustiveChoice all = new ExhaustiveChoice();
                do {
                    Object next = machine.step(s, call, all);
                    if (next != null && seen.add(machine.variables(next))) {
                        todo.add(next);
                    }
                } while (all.advance());
            }
        }
        return seen.size();
    }
}
