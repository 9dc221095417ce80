\* SYNTAX TEST "source.tlaplus" "PlusCal C-syntax, the algorithm starting on the line after the comment opener"
---- MODULE Queue ----
(*
--algorithm Queue {
\* <-- punctuation.definition.algorithm.pluscal
\*^^^^^^^^^ keyword.other.algorithm.pluscal
\*          ^^^^^ entity.name.type.algorithm.pluscal
  variables q = << >>;
\*^^^^^^^^^ storage.type.pluscal
\*              ^^ keyword.operator.tlaplus
  process (P \in {1, 2}) {
\*^^^^^^^ storage.type.process.pluscal
\*         ^ entity.name.function.process.pluscal
\*           ^^^ keyword.operator.tlaplus
    p1: while (TRUE) {
\*  ^^ entity.name.label.pluscal
\*      ^^^^^ keyword.control.pluscal
\*             ^^^^ constant.language.boolean.tlaplus
      either { q := Append(q, self) } or { await q # << >>; q := Tail(q) }
\*    ^^^^^^ keyword.control.pluscal
\*                                    ^^ keyword.control.pluscal
\*                                         ^^^^^ keyword.control.pluscal
\*                            ^^^^ variable.language.self.pluscal
    }
  }
}
*)
\* <-- punctuation.definition.comment.end.tlaplus
Next == TRUE
\* <---- entity.name.function.definition.tlaplus
\* <---- - comment.block.tlaplus
====
