\* SYNTAX TEST "source.tlaplus" "PlusCal algorithm (P-syntax) inside its comment, and the translation after it"
---- MODULE Mutex ----
EXTENDS Naturals
(* --fair algorithm Mutex
\* <-- punctuation.definition.comment.begin.tlaplus
\* ^^ punctuation.definition.algorithm.pluscal
\*   ^^^^ storage.modifier.fair.pluscal
\*        ^^^^^^^^^ keyword.other.algorithm.pluscal
\*                  ^^^^^ entity.name.type.algorithm.pluscal
\* ^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.block.pluscal
variables lock = 0, count = 0;
\* <--------- storage.type.pluscal
\*             ^ keyword.operator.tlaplus
\*        ^^^^ meta.embedded.block.pluscal
define
\* <------ storage.type.pluscal
  Safe == count <= 1
\*              ^^ keyword.operator.tlaplus
end define;
\* <--- keyword.control.pluscal
procedure enter(p)
\* <--------- storage.type.procedure.pluscal
\*        ^^^^^ entity.name.function.procedure.pluscal
begin
\* <----- keyword.control.pluscal
  e1: await lock = 0;
\*^^ entity.name.label.pluscal
\*    ^^^^^ keyword.control.pluscal
      lock := p || count := count + 1;
\*         ^^ keyword.operator.assignment.pluscal
\*              ^^ keyword.operator.assignment.pluscal
  e2: return;
\*    ^^^^^^ keyword.control.pluscal
end procedure;
fair+ process worker \in 1..2
\* <----- storage.modifier.fair.pluscal
\*    ^^^^^^^ storage.type.process.pluscal
\*            ^^^^^^ entity.name.function.process.pluscal
begin
  w1:+ call enter(self);
\*^^ entity.name.label.pluscal
\*   ^ storage.modifier.label.pluscal
\*     ^^^^ keyword.control.pluscal
\*                ^^^^ variable.language.self.pluscal
  w2: if lock = self then lock := 0; \* release
\*    ^^ keyword.control.pluscal
\*                   ^^^^ keyword.control.pluscal
\*                                   ^^^^^^^^^^ comment.line.backslash-asterisk.tlaplus
      else print "odd"; end if;
\*    ^^^^ keyword.control.pluscal
\*         ^^^^^ keyword.control.pluscal
\*               ^^^^^ string.quoted.double.tlaplus
end process;
end algorithm; *)
\*  ^^^^^^^^^ meta.embedded.block.pluscal
\*             ^^ punctuation.definition.comment.end.tlaplus
\*             ^^ - meta.embedded.block.pluscal
\* BEGIN TRANSLATION
VARIABLES lock, count, pc
\* <--------- keyword.other.declaration.tlaplus
\*        ^^^^ - meta.embedded.block.pluscal
\* END TRANSLATION
====
