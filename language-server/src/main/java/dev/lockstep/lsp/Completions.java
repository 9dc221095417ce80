package dev.lockstep.lsp;

import java.util.List;

/** The words completion offers besides the names in scope: TLA+ and PlusCal keywords, standard operators. */
final class Completions {
    private Completions() {
    }

    /** TLA+ keywords (Specifying Systems, table on p. 268 and the reserved words). */
    static final List<String> KEYWORDS = List.of(
            "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS", "DOMAIN", "ELSE",
            "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "IF", "IN", "INSTANCE", "LET", "LOCAL", "MODULE", "OTHER",
            "RECURSIVE", "STRING", "SUBSET", "THEN", "THEOREM", "LEMMA", "TRUE", "UNCHANGED", "UNION",
            "VARIABLE", "VARIABLES", "WITH", "LAMBDA", "PROOF", "BY", "OBVIOUS", "OMITTED", "QED", "DEF", "USE", "HIDE");

    /** PlusCal keywords (the PlusCal manual). */
    static final List<String> PLUSCAL = List.of(
            "algorithm", "variables", "define", "macro", "procedure", "process", "fair", "begin", "end", "if",
            "then", "elsif", "else", "while", "do", "either", "or", "with", "await", "when", "print", "assert",
            "skip", "call", "return", "goto", "self");

    /** Standard operators written with a backslash, and what they mean. */
    static final List<String[]> OPERATORS = List.of(
            new String[] {"\\in", "set membership"}, new String[] {"\\notin", "not a member"},
            new String[] {"\\cup", "union"}, new String[] {"\\cap", "intersection"},
            new String[] {"\\subseteq", "subset or equal"}, new String[] {"\\X", "Cartesian product"},
            new String[] {"\\A", "for all"}, new String[] {"\\E", "there exists"},
            new String[] {"\\o", "sequence concatenation"}, new String[] {"\\div", "integer division"},
            new String[] {"\\leq", "less or equal"}, new String[] {"\\geq", "greater or equal"},
            new String[] {"\\lnot", "negation"}, new String[] {"\\equiv", "equivalence"},
            new String[] {"\\union", "union"}, new String[] {"\\intersect", "intersection"},
            new String[] {"\\AA", "temporal for all"}, new String[] {"\\EE", "temporal exists"});
}
