\* SYNTAX TEST "source.tlaplus" "TLA+ module: header, declarations, definitions, comments, literals, operators"
---- MODULE Counter ----
\* <---- punctuation.definition.module.begin.tlaplus
\*   ^^^^^^ keyword.other.module.tlaplus
\*          ^^^^^^^ entity.name.type.module.tlaplus
EXTENDS Naturals, TLC
\* <------- keyword.other.declaration.tlaplus
CONSTANTS N, Procs
\* <--------- keyword.other.declaration.tlaplus
VARIABLE x, msgs  \* trailing comment
\*                ^^^^^^^^^^^^^^^^^^^ comment.line.backslash-asterisk.tlaplus
\*                ^^ punctuation.definition.comment.tlaplus
(* a block (* nested *) comment
\*            ^^^^^^ comment.block.tlaplus
   still a comment after the nested one *)
\* ^^^^^ comment.block.tlaplus
\*                                      ^^ punctuation.definition.comment.end.tlaplus
Init == x = 0 /\ msgs = {}
\* <---- entity.name.function.definition.tlaplus
\*   ^^ keyword.operator.tlaplus
\*          ^ constant.numeric.decimal.tlaplus
\*            ^^ keyword.operator.tlaplus
Inc(p) ==
\* <--- entity.name.function.definition.tlaplus
  /\ x < N
\*^^ keyword.operator.junction.tlaplus
  /\ x' = x + 1
\*    ^ keyword.operator.tlaplus
  /\ \/ msgs' = msgs \cup {"hello\tworld"}
\*   ^^ keyword.operator.junction.tlaplus
\*                   ^^^^ keyword.operator.tlaplus
\*                         ^^^^^^^^^^^^^^ string.quoted.double.tlaplus
\*                               ^^ constant.character.escape.tlaplus
     \/ UNCHANGED msgs
\*   ^^ keyword.operator.junction.tlaplus
\*      ^^^^^^^^^ keyword.operator.word.tlaplus
Nums == {\b101, \o17, \hFF, 3.25}
\*       ^^^^^ constant.numeric.binary.tlaplus
\*              ^^^^ constant.numeric.octal.tlaplus
\*                    ^^^^ constant.numeric.hex.tlaplus
\*                          ^^^^ constant.numeric.decimal.tlaplus
f[i \in 1..N] == IF i = 1 THEN TRUE ELSE \A q \in Procs : q # i
\* <- entity.name.function.definition.tlaplus
\*  ^^^ keyword.operator.tlaplus
\*       ^^ keyword.operator.tlaplus
\*               ^^ keyword.control.tlaplus
\*                             ^^^^ constant.language.boolean.tlaplus
\*                                  ^^^^ keyword.control.tlaplus
\*                                       ^^ keyword.operator.quantifier.tlaplus
\*                                                          ^ keyword.operator.tlaplus
Spec == Init /\ [][Inc(1)]_x /\ WF_x(Inc(1))
\*              ^^ keyword.operator.tlaplus
\*                              ^^^ keyword.other.fairness.tlaplus
LOCAL Helper == LET y == 1 IN y
\* <----- storage.modifier.local.tlaplus
\*    ^^^^^^ entity.name.function.definition.tlaplus
\*              ^^^ keyword.control.tlaplus
\*                         ^^ keyword.control.tlaplus
THEOREM Spec => []Init
\* <------- keyword.other.declaration.tlaplus
\*           ^^ keyword.operator.tlaplus
----
\* <---- punctuation.separator.tlaplus
====
\* <---- punctuation.definition.module.end.tlaplus
