------------------------------- MODULE IOUtils -------------------------------
(***************************************************************************)
(* Files, processes and the environment. Written for Lockstep from the     *)
(* CommunityModules documentation (same names, arities and meaning). These *)
(* act on the world, which TLA+ cannot, so TLC evaluates them in Java      *)
(* (Lockstep's overrides); the definitions say what kind of value results. *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

(* Writes the value to the file in TLC's binary format; TRUE. *)
IOSerialize(val, absoluteFilename, compress) == TRUE

(* The value a file written by IOSerialize holds. *)
IODeserialize(absoluteFilename, compressed) == CHOOSE val : TRUE

(* Runs the command (a sequence of strings: program and arguments) and     *)
(* returns [exitValue |-> n, stdout |-> s, stderr |-> t].                   *)
IOExec(command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

(* IOExec with the environment extended by the record env. *)
IOEnvExec(env, command) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

(* IOExec of the command with %s in each argument replaced by parameters. *)
IOExecTemplate(commandTemplate, parameters) == CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

(* Writes value to the file dest with the serializer options.format names  *)
(* ("TXT": value is a string, written with options.charset and the         *)
(* java.nio StandardOpenOption names in options.openOptions); returns      *)
(* [exitValue |-> 0, stdout |-> s, stderr |-> ""] on success, else a       *)
(* non-zero exitValue and the error in stderr.                              *)
Serialize(value, dest, options) ==
    CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

(* Reads src with the serializer options.format names ("TXT": the file's   *)
(* text, decoded with options.charset, in stdout).                          *)
Deserialize(src, options) == CHOOSE val : TRUE

(* IOExecTemplate with the environment extended by the record env. *)
IOEnvExecTemplate(env, commandTemplate, parameters) ==
    CHOOSE r \in [exitValue : Int, stdout : STRING, stderr : STRING] : TRUE

(* The environment of TLC's process: a record from variable names to values. *)
IOEnv == CHOOSE r : TRUE

(* The number a string of decimal digits denotes: atoi("42") = 42. *)
atoi(str) == CHOOSE i \in Int : ToString(i) = str

(* The string of n's decimal digits, padded with zeros to length pad:      *)
(* zeroPadN(7, 3) = "007".                                                  *)
zeroPadN(n, pad) == CHOOSE s \in STRING : TRUE

==============================================================================
