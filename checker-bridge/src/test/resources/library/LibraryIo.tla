------------------------------ MODULE LibraryIo ------------------------------
(***************************************************************************)
(* The documented behaviour of the library modules that act on the world:  *)
(* Json, IOUtils and CSV (evaluated in Java by Lockstep's overrides). Dir  *)
(* is a scratch folder the test gives in the config.                       *)
(***************************************************************************)
EXTENDS Integers, Sequences, TLC, Json, IOUtils, CSV
CONSTANT Dir

VARIABLE x
Init == x = 0
Next == UNCHANGED x

File(name) == Dir \o "/" \o name

ASSUME ToJson(<<1, "a">>) = "[1,\"a\"]"
ASSUME ToJson([a |-> 1, b |-> <<TRUE, "q\"">>]) = "{\"a\":1,\"b\":[true,\"q\\\"\"]}"
ASSUME ToJson({3, 1}) = "[1,3]" /\ ToJson(<<>>) = "[]" /\ ToJson(-5) = "-5"
ASSUME ToJson([i \in {1, 2} |-> i * 10]) = "[10,20]"
ASSUME ToJson([s \in {"k"} |-> {}]) = "{\"k\":[]}"
ASSUME ToJson([zeta |-> 1, alpha |-> 2, mid |-> 3]) = "{\"alpha\":2,\"mid\":3,\"zeta\":1}"
ASSUME ToJsonArray(<<1, 2>>) = "[1,2]" /\ ToJsonObject([a |-> "x"]) = "{\"a\":\"x\"}"
ASSUME JsonSerialize(File("v.json"), [a |-> <<1, 2>>, b |-> "s"])
ASSUME JsonDeserialize(File("v.json")) = [a |-> <<1, 2>>, b |-> "s"]
ASSUME ndJsonSerialize(File("v.ndjson"), <<1, [a |-> 2], "t">>)
ASSUME ndJsonDeserialize(File("v.ndjson")) = <<1, [a |-> 2], "t">>
ASSUME IOSerialize([a |-> {1, 2}, b |-> <<"x">>], File("v.bin"), TRUE)
ASSUME IODeserialize(File("v.bin"), TRUE) = [a |-> {1, 2}, b |-> <<"x">>]
ASSUME IOSerialize(<<"plain", 7>>, File("p.bin"), FALSE)
ASSUME IODeserialize(File("p.bin"), FALSE) = <<"plain", 7>>
ASSUME IOExec(<<"echo", "hi">>) = [exitValue |-> 0, stdout |-> "hi\n", stderr |-> ""]
ASSUME IOExec(<<"sh", "-c", "echo oops >&2; exit 3">>) = [exitValue |-> 3, stdout |-> "", stderr |-> "oops\n"]
ASSUME IOEnvExec([LOCKSTEP_T |-> "v"], <<"sh", "-c", "echo $LOCKSTEP_T">>).stdout = "v\n"
\* the documented form of the environment: a set of name/value pairs
ASSUME IOEnvExec({<<"Var1", "SomeVal">>, <<"Var2", 42>>}, <<"sh", "-c", "echo $Var1 $Var2">>).stdout
           = "SomeVal 42\n"
ASSUME IOExecTemplate(<<"echo", "%s-%s">>, <<"a", "b">>).stdout = "a-b\n"
ASSUME IOEnvExecTemplate([LOCKSTEP_T |-> 42], <<"sh", "-c", "echo $LOCKSTEP_T %s">>, <<"x">>).stdout = "42 x\n"
ASSUME "PATH" \in DOMAIN IOEnv
Txt == [format |-> "TXT", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE", "TRUNCATE_EXISTING">>]
ASSUME Serialize("line 1\nsecond", File("t.txt"), Txt).exitValue = 0
ASSUME Deserialize(File("t.txt"), [format |-> "TXT", charset |-> "UTF-8"])
           = [exitValue |-> 0, stdout |-> "line 1\nsecond", stderr |-> ""]
ASSUME Serialize("+", File("t.txt"), [Txt EXCEPT !.openOptions = <<"APPEND">>]).exitValue = 0
ASSUME Deserialize(File("t.txt"), [format |-> "TXT", charset |-> "UTF-8"]).stdout = "line 1\nsecond+"
ASSUME Deserialize(File("none.txt"), [format |-> "TXT", charset |-> "UTF-8"]).exitValue # 0
ASSUME Serialize("x", File("u.txt"), [Txt EXCEPT !.format = "YAML"]).exitValue # 0
ASSUME atoi("42") = 42 /\ atoi("-7") = -7 /\ atoi("-17") = -17 /\ atoi("0") = 0
ASSUME zeroPadN(7, 3) = "007" /\ zeroPadN(1234, 2) = "1234"
ASSUME zeroPadN(42, 5) = "00042" /\ zeroPadN(123, 3) = "123" /\ zeroPadN(7, 1) = "7" /\ zeroPadN(0, 4) = "0000"
ASSUME CSVRecords(File("none.csv")) = 0
ASSUME CSVWrite("%1$s#%2$s", <<"n", "v">>, File("t.csv"))
ASSUME CSVWrite("%1$s#%2$s", <<1, "a">>, File("t.csv"))
ASSUME CSVRecords(File("t.csv")) = 2
ASSUME CSVRead(<<"n", "v">>, "#", File("t.csv")) = <<[n |-> "1", v |-> "a"]>>

==============================================================================
