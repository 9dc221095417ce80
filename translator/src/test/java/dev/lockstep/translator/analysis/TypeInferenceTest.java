package dev.lockstep.translator.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.translator.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types read from type invariants: records, unions of records (messages), sequences, Nil-unions. */
class TypeInferenceTest {
    private static final Path SPECS = Path.of("..", "specs").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The variables' types of the spec file {@code tla} under the configuration {@code cfg}. */
    private static Map<String, TlaType> types(Path tla, String cfg) throws Exception {
        ModelConfig config = ModelConfig.parse(cfg);
        var parsed = SpecParser.parse(tla);
        ModuleLoader loader = ModuleLoader.searchPath(tla.toAbsolutePath().getParent(), List.of());
        Module whole = new SpecFlattener(loader).flatten(parsed.module().orElseThrow());
        whole = ConfigOverrides.apply(whole, config.constants().keySet(), config.substituted());
        var levels = ConfigOverrides.levels(dev.lockstep.speclang.resolve.CheckedSpec.of(parsed, loader).definitionLevels(),
                config.constants().keySet(), config.substituted());
        SpecModel spec = new SpecModel(whole, new SourceText(Files.readString(tla)), levels);
        return new TypeInference(spec, config.constants(), config.invariants()).variables("Init");
    }

    private Map<String, TlaType> types(String tla, String cfg) throws Exception {
        Path file = dir.resolve(tla.replaceAll("(?s).*MODULE (\\w+).*", "$1") + ".tla");
        Files.writeString(file, tla);
        return types(file, cfg);
    }

    private static Map<String, TlaType> spec(String name) throws Exception {
        return types(SPECS.resolve(name).resolve(name + ".tla"), Files.readString(SPECS.resolve(name).resolve(name + ".cfg")));
    }

    private static TlaType.Strings strings(String... members) {
        return new TlaType.Strings(List.of(members), "");
    }

    private static List<String> tagValues(TlaType.Tagged t) {
        return t.variants().stream().map(r -> TlaType.Tagged.tagValue(t.tag(), r)).toList();
    }

    @Test
    void aUnionOfRecordSetsWithATagFieldIsOneVariantPerTagValue() throws Exception {
        // specs/TwoPhaseCommit: [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]
        TlaType msgs = spec("TwoPhaseCommit").get("msgs");
        TlaType.Tagged m = assertInstanceOf(TlaType.Tagged.class, assertInstanceOf(TlaType.SetOf.class, msgs).element());
        assertEquals("type", m.tag());
        assertEquals("Message", m.hint());
        assertEquals(List.of("Prepared", "Commit", "Abort"), tagValues(m));
        assertEquals(List.of("type", "rm"), m.variants().get(0).fields());
        assertEquals(new TlaType.ModelValues("RM"), m.variants().get(0).types().get(1));
        assertEquals(List.of("type"), m.variants().get(2).fields());
    }

    @Test
    void recordSetsWithTheSameFieldsAreVariantsWhenTheTagTellsThemApart() throws Exception {
        // specs/RaftElection: RequestVote and Vote have the same fields; votedFor is Server \cup {Nil}
        Map<String, TlaType> t = spec("RaftElection");
        TlaType.Tagged m = assertInstanceOf(TlaType.Tagged.class,
                assertInstanceOf(TlaType.SetOf.class, t.get("msgs")).element());
        assertEquals(List.of("RequestVote", "Vote"), tagValues(m));
        assertEquals(new TlaType.FunctionOf(new TlaType.ModelValues("Server"),
                new TlaType.OptionalOf(new TlaType.ModelValues("Server"), "Nil")), t.get("votedFor"));
    }

    @Test
    void aFunctionTypedPerArgumentIsAFunction() throws Exception {
        // specs/RaftLog: \A s \in Server : log[s] \in Seq([term : Nat, value : Value])
        TlaType.FunctionOf log = assertInstanceOf(TlaType.FunctionOf.class, spec("RaftLog").get("log"));
        assertEquals(new TlaType.ModelValues("Server"), log.argument());
        TlaType.RecordOf entry = assertInstanceOf(TlaType.RecordOf.class,
                assertInstanceOf(TlaType.SeqOf.class, log.result()).element());
        assertEquals(List.of("term", "value"), entry.fields());
        assertEquals(List.of(TlaType.INT, new TlaType.ModelValues("Value")), entry.types());
    }

    @Test
    void paxosMessagesAndNoneUnions() throws Exception {
        Map<String, TlaType> t = spec("Paxos");
        TlaType.Tagged m = assertInstanceOf(TlaType.Tagged.class,
                assertInstanceOf(TlaType.SetOf.class, t.get("msgs")).element());
        assertEquals(List.of("1a", "1b", "2a", "2b"), tagValues(m));
        TlaType.RecordOf oneB = m.variants().get(1);
        assertEquals(TlaType.INT, oneB.types().get(oneB.fields().indexOf("mbal")), "Ballot \\cup {-1} is an integer");
        assertEquals(new TlaType.OptionalOf(new TlaType.ModelValues("Value"), "None"),
                oneB.types().get(oneB.fields().indexOf("mval")));
        assertEquals(new TlaType.FunctionOf(new TlaType.ModelValues("Acceptor"),
                new TlaType.OptionalOf(new TlaType.ModelValues("Value"), "None")), t.get("maxVal"));
    }

    @Test
    void sequencesOfRecordsAndBagsOfMessages() throws Exception {
        Map<String, TlaType> t = types("""
                ---- MODULE Shapes ----
                EXTENDS Naturals, Sequences
                CONSTANTS Node, Nil
                VARIABLES log, net, leader
                Entry == [term : 0..3, op : {"put", "del"}]
                Msg == [kind : {"append"}, entries : Seq(Entry)] \\cup [kind : {"ack"}, from : Node]
                Shape ==
                    /\\ log \\in [Node -> Seq(Entry)]
                    /\\ net \\in [Msg -> Nat]
                    /\\ leader \\in {Nil} \\cup Node
                Init == log = [n \\in Node |-> <<>>] /\\ net = [m \\in {} |-> 0] /\\ leader = Nil
                Next == UNCHANGED <<log, net, leader>>
                ====
                """, "CONSTANTS Node = {n1, n2} Nil = Nil\nINIT Init\nNEXT Next\nINVARIANT Shape\n");
        TlaType.RecordOf entry = new TlaType.RecordOf(List.of("term", "op"),
                List.of(TlaType.INT, strings("put", "del")), "Entry");
        TlaType.FunctionOf log = assertInstanceOf(TlaType.FunctionOf.class, t.get("log"));
        TlaType.RecordOf logEntry = (TlaType.RecordOf) ((TlaType.SeqOf) log.result()).element();
        assertEquals(entry.fields(), logEntry.fields());
        assertEquals(TlaType.INT, logEntry.types().get(0));
        assertEquals(List.of("put", "del"), ((TlaType.Strings) logEntry.types().get(1)).members());
        TlaType.FunctionOf bag = assertInstanceOf(TlaType.FunctionOf.class, t.get("net"));
        assertEquals(TlaType.INT, bag.result());
        TlaType.Tagged msg = assertInstanceOf(TlaType.Tagged.class, bag.argument());
        assertEquals(List.of("append", "ack"), tagValues(msg));
        assertInstanceOf(TlaType.SeqOf.class, msg.variants().get(0).types().get(1));
        assertEquals(new TlaType.OptionalOf(new TlaType.ModelValues("Node"), "Nil"), t.get("leader"),
                "{Nil} \\cup Node, the config's TPTypeOK-style invariant named Shape");
    }

    @Test
    void noOptionalWhenTheSetHoldsNilAndNoVariantsWithoutADisjointTag() throws Exception {
        Map<String, TlaType> t = types("""
                ---- MODULE NoShapes ----
                EXTENDS Naturals
                CONSTANTS Node, Nil
                VARIABLES owner, last, cell
                TPTypeOK ==
                    /\\ owner \\in Node \\cup {Nil}
                    /\\ last \\in [k : {"a", "b"}, n : 0..2] \\cup [k : {"b"}, m : 0..2]
                    /\\ cell \\in [v : 0..2] \\cup [v : {"none"}]
                Init == owner = Nil /\\ last = [k |-> "a", n |-> 0] /\\ cell = [v |-> 0]
                Next == UNCHANGED <<owner, last, cell>>
                ====
                """, "CONSTANTS Node = {n1, Nil} Nil = Nil\nINIT Init\nNEXT Next\nINVARIANT TPTypeOK\n");
        assertEquals(TlaType.ANY_MODEL_VALUE, t.get("owner"), "Nil is one of Node here: no Optional");
        assertEquals(TlaType.ANY_FUNCTION, t.get("last"), "\"b\" is in both tag sets");
        TlaType.RecordOf cell = assertInstanceOf(TlaType.RecordOf.class, t.get("cell"));
        assertEquals(List.of("v"), cell.fields());
        assertEquals(TlaType.ANY, cell.types().get(0), "an integer or a string: one record with an untyped field");
    }

    @Test
    void theTypeInvariantIsTheOneTheConfigNamesWhateverItsName() throws Exception {
        String tla = """
                ---- MODULE Named ----
                EXTENDS Naturals
                VARIABLES x, phase
                VTPTypeOK == x \\in 0..5 /\\ phase \\in {"idle", "busy"}
                Safe == x <= 5
                Init == x = 0 /\\ phase = IF x > 0 THEN "idle" ELSE 7
                Next == x' = x /\\ phase' = phase
                ====
                """;
        Map<String, TlaType> named = types(tla, "INIT Init\nNEXT Next\nINVARIANT Safe VTPTypeOK\n");
        assertEquals(TlaType.INT, named.get("x"));
        assertEquals(List.of("idle", "busy"), ((TlaType.Strings) named.get("phase")).members());
        Map<String, TlaType> unnamed = types(tla, "INIT Init\nNEXT Next\nINVARIANT Safe\n");
        assertEquals(TlaType.ANY, unnamed.get("phase"), "without the config's invariant only Init speaks, and it disagrees");
    }
}
