--------------------------------- MODULE CSV ---------------------------------
(***************************************************************************)
(* Comma-separated files, for the statistics a simulation collects.        *)
(* Written for Lockstep from the CommunityModules documentation (same      *)
(* names, arities and meaning). TLC evaluates these in Java (Lockstep's     *)
(* overrides); the definitions say what kind of value results.              *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Naturals

(* Appends one line to the file: template with each %1$s, %2$s ... (Java's *)
(* format) replaced by the elements of the sequence val; TRUE.              *)
CSVWrite(template, val, file) == TRUE

(* The lines of the file after the header line, each a record from the     *)
(* column names in the sequence columns to the strings of the line's       *)
(* fields, split at delimiter.                                              *)
CSVRead(columns, delimiter, file) == CHOOSE s : TRUE

(* The number of lines in the file (0 when it does not exist). *)
CSVRecords(file) == CHOOSE n \in Nat : TRUE

==============================================================================
