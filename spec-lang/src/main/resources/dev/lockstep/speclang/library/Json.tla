--------------------------------- MODULE Json ---------------------------------
(***************************************************************************)
(* JSON text from TLA+ values and back. Written for Lockstep from the      *)
(* CommunityModules documentation (same names, arities and meaning). TLA+  *)
(* cannot tell a value's kind, so TLC evaluates these in Java (Lockstep's  *)
(* overrides); the definitions below only say what kind of value results.  *)
(* Sequences and tuples become arrays, records and functions with string  *)
(* keys objects, sets arrays, strings, numbers and Booleans themselves.    *)
(***************************************************************************)
LOCAL INSTANCE TLC

(* The JSON text of value: ToJson(<<1, "a">>) = "[1,\"a\"]". *)
ToJson(value) == CHOOSE s \in STRING : TRUE

(* The JSON array of the elements of a sequence or set. *)
ToJsonArray(value) == CHOOSE s \in STRING : TRUE

(* The JSON object of a record or function. *)
ToJsonObject(value) == CHOOSE s \in STRING : TRUE

(* Writes value as JSON to the file; TRUE. *)
JsonSerialize(absoluteFilename, value) == TRUE

(* The value the JSON file holds. *)
JsonDeserialize(absoluteFilename) == CHOOSE v : TRUE

(* Writes the elements of the sequence value to the file, one JSON value *)
(* a line (newline-delimited JSON); TRUE.                                 *)
ndJsonSerialize(absoluteFilename, value) == TRUE

(* The sequence of the values of a newline-delimited JSON file. *)
ndJsonDeserialize(absoluteFilename) == CHOOSE v : TRUE

==============================================================================
