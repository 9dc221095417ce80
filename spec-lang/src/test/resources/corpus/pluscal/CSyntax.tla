---- MODULE CSyntax ----
EXTENDS Naturals, Sequences
(***************************************************************************
--fair algorithm CSyntax {
  variables u = 24, v \in 1..3;
  define { Big == u > 10 }
  macro Swap(a, b) { a := b || b := a }
  procedure Sub(d) variables t = 0; {
    s1: u := u - d;
        return;
  }
  process (P \in {1, 2}) variables w = 0; {
    a1: while (u # 0) {
          if (u < v) { Swap(u, v) } else { skip };
    a2:   either { w := 1 } or { w := 2 };
    a4:   with (z \in {1, 2}) { w := z };
          call Sub(1);
        };
    a3: await /\ w = 1
              /\ u = 0;
  }
  process (Q = 3) { q1: skip; }
}
 ***************************************************************************)
\* BEGIN TRANSLATION
VARIABLES u, v, pc, stack, d, t, w
\* END TRANSLATION
====
