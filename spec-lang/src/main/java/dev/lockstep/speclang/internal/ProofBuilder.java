package dev.lockstep.speclang.internal;

import static dev.lockstep.speclang.internal.TLAPlusParser.*;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Proof;
import dev.lockstep.speclang.ast.ProofStep;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Proofs for {@link AstBuilder}: nests the flat list of proof steps by their levels ({@code <2>},
 * {@code <+>}, {@code <*>}), reports LS107 for a step below its proof's first level and for a
 * step-structured proof without QED, and builds each step's body through the builder.
 */
final class ProofBuilder {
    private final AstBuilder b;

    ProofBuilder(AstBuilder builder) {
        this.b = builder;
    }

    Proof proof(ProofContext c) {
        if (c.terminalProof() != null) {
            return terminal(c.terminalProof());
        }
        List<ProofStepContext> steps = c.proofStep();
        int[] levels = new int[steps.size()];
        int prev = 0;
        boolean prevQed = false;
        for (int i = 0; i < steps.size(); i++) {
            String label = steps.get(i).label.getText();
            int level;
            if (i == 0 && (label.startsWith("<+>") || label.startsWith("<*>"))) {
                // a proof that starts with <*> or <+> has a level of its own, below <1>: SANY reads a
                // <1> step after it as the start of its sub-proof (THEOREM P <*> P <1> QED lacks the
                // QED of <*>'s level)
                level = 0;
            } else if (label.startsWith("<+>")) {
                level = prev + 1;
            } else if (label.startsWith("<*>") && afterProofKeyword(c, steps.get(i))) {
                level = prev + 1; // PROOF begins the previous step's proof: a <*> step there starts it (SANY's correctLevel)
            } else if (label.startsWith("<*>")) {
                level = prevQed ? enclosingLevel(levels, i - 1) : prev;
            } else {
                level = parseLevel(label);
            }
            levels[i] = level;
            prev = level;
            prevQed = steps.get(i).stepBody() instanceof QedStepContext;
        }
        stepsAfterQed(steps, levels);
        proofKeywords(c, steps, levels);
        int[] pos = {0};
        List<Diagnostic> noQed = new ArrayList<>();
        Proof.Steps built = steps(steps, levels, pos, steps.isEmpty() ? 1 : levels[0], noQed);
        requireQed(built.steps(), tokenAfter(c), noQed);
        if (pos[0] < steps.size()) {
            Token t = steps.get(pos[0]).label;
            b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, b.range(t), "step " + t.getText()
                    + " has a lower level than the first step of its proof"));
        } else {
            // SANY stops at a syntax error inside the proof first, unless a sub-proof ends without its
            // QED before it, at the label of a lower-level step (SANY: "step's number has bad level")
            Token error = firstSyntaxError(c);
            for (Diagnostic d : noQed) {
                if (error == null || d.range().start().compareTo(b.range(error).start()) < 0
                        && steps.stream().anyMatch(s -> b.range(s.label).start().equals(d.range().start()))) {
                    b.diagnostics.add(d);
                }
            }
        }
        return built;
    }

    /** The level of the step whose proof the QED step at {@code qed} ends: where a {@code <*>} after it goes. */
    private static int enclosingLevel(int[] levels, int qed) {
        for (int k = qed - 1; k >= 0; k--) {
            if (levels[k] < levels[qed]) {
                return levels[k];
            }
        }
        return levels[qed] == 0 ? 0 : Math.max(1, levels[qed] - 1);
    }

    /** The first token where the parser failed in {@code c} (a rule it left by an error, a token it skipped or made up), or null. */
    private static Token firstSyntaxError(ParserRuleContext c) {
        for (int i = 0; i < c.getChildCount(); i++) {
            ParseTree child = c.getChild(i);
            Token t = child instanceof org.antlr.v4.runtime.tree.ErrorNode e ? e.getSymbol()
                    : child instanceof ParserRuleContext r ? firstSyntaxError(r) : null;
            if (t != null) {
                return t;
            }
        }
        return c.exception == null ? null : c.exception.getOffendingToken();
    }

    /** Whether the keyword PROOF comes right before step {@code sc} of proof {@code c}. */
    private static boolean afterProofKeyword(ProofContext c, ProofStepContext sc) {
        int at = c.children.indexOf(sc);
        return at > 0 && c.children.get(at - 1) instanceof TerminalNode n && n.getSymbol().getType() == TLAPlusLexer.PROOF;
    }

    /**
     * {@code PROOF} before a step starts the previous step's proof: SANY fails at a numbered step
     * there whose level is not above the previous step's ("step's number has bad level"), and at the
     * PROOF itself when the previous step ended with a terminal proof, which was its proof.
     */
    private void proofKeywords(ProofContext c, List<ProofStepContext> steps, int[] levels) {
        for (int i = 1; i < steps.size(); i++) {
            ProofStepContext sc = steps.get(i);
            Token t = sc.label;
            if (afterProofKeyword(c, sc) && steps.get(i - 1).terminalProof() != null) {
                // the step before has its proof (BY, OBVIOUS, OMITTED): SANY's parser expects the next step's number
                Token proof = ((TerminalNode) c.children.get(c.children.indexOf(sc) - 1)).getSymbol();
                b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, b.range(proof), "unexpected PROOF: the step"
                        + " before has its proof already (SANY: \"Was expecting Step number\")"));
            } else if (afterProofKeyword(c, sc) && Character.isDigit(t.getText().charAt(1)) && levels[i] <= levels[i - 1]) {
                b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, b.range(t), "step " + t.getText()
                        + " follows PROOF, which starts the proof of the step before: its level must be above " + levels[i - 1]));
            }
        }
    }

    /**
     * A QED step ends its proof in SANY's grammar: the next step of the same level (after the QED's
     * own proof) fails at its number, in the module body after the theorem's proof ("Was expecting
     * ==== or more Module body") or in the enclosing proof ("step's number has bad level").
     */
    private void stepsAfterQed(List<ProofStepContext> steps, int[] levels) {
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i).stepBody() instanceof QedStepContext)) {
                continue;
            }
            int j = i + 1;
            while (j < steps.size() && levels[j] > levels[i]) {
                j++;
            }
            if (j < steps.size() && levels[j] == levels[i]) {
                Token t = steps.get(j).label;
                b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, b.range(t), "step " + t.getText()
                        + " follows the QED step of its proof, which ends the proof"));
            }
        }
    }

    /**
     * SANY's grammar ends every step-structured proof with a QED step: a proof whose last step is
     * not one fails at the token after the proof, where SANY's parser expected the QED step (the next
     * step of a lower level, or whatever follows the theorem).
     */
    private void requireQed(List<ProofStep> steps, Token after, List<Diagnostic> out) {
        if (!steps.isEmpty() && steps.get(steps.size() - 1).kind() != ProofStep.StepKind.QED) {
            ProofStep last = steps.get(steps.size() - 1);
            SourceRange at = after != null ? b.range(after)
                    : SourceRange.at(b.file, last.range().end().line(), last.range().end().column());
            out.add(Diagnostic.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, at, "the proof of level " + last.level()
                    + " ends without a QED step"));
        }
    }

    /** The first token after {@code c} in the parse tree (null at the end of the input or in a partial tree). */
    private static Token tokenAfter(ParserRuleContext c) {
        if (c.getStop() == null) {
            return null;
        }
        for (ParserRuleContext child = c, parent = c.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            int i = parent.children == null ? -1 : parent.children.indexOf(child);
            for (int k = i + 1; i >= 0 && k < parent.children.size(); k++) {
                ParseTree next = parent.children.get(k);
                Token t = next instanceof TerminalNode n ? n.getSymbol()
                        : next instanceof ParserRuleContext r && r.getStop() != null ? r.getStart() : null;
                if (t != null && t.getType() != Token.EOF && t.getTokenIndex() > c.getStop().getTokenIndex()) {
                    return t;
                }
            }
        }
        return null;
    }

    private static int parseLevel(String label) {
        int close = label.indexOf('>');
        try {
            return Integer.parseInt(label.substring(1, close));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** The steps of level {@code level} from {@code pos} on, their sub-proofs nested; proofs without QED into {@code noQed}. */
    private Proof.Steps steps(List<ProofStepContext> steps, int[] levels, int[] pos, int level, List<Diagnostic> noQed) {
        List<ProofStep> out = new ArrayList<>();
        SourceRange first = null;
        SourceRange last = null;
        while (pos[0] < steps.size() && levels[pos[0]] >= level) {
            int i = pos[0]++;
            ProofStepContext sc = steps.get(i);
            if (levels[i] != level) {
                Token t = sc.label;
                b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, b.range(t), "step " + t.getText()
                        + " has level " + levels[i] + " where the proof's steps have level " + level));
            }
            Proof sub = sc.terminalProof() == null ? null : terminal(sc.terminalProof());
            if (sub == null && pos[0] < steps.size() && levels[pos[0]] > levels[i]) {
                Proof.Steps nested = steps(steps, levels, pos, levels[pos[0]], noQed);
                requireQed(nested.steps(), pos[0] < steps.size() ? steps.get(pos[0]).label
                        : tokenAfter(sc.getParent() instanceof ProofContext pc ? pc : sc), noQed);
                sub = nested;
            }
            ProofStep step = step(sc, levels[i], sub);
            out.add(step);
            first = first == null ? step.range() : first;
            last = step.range();
        }
        SourceRange r = first == null ? SourceRange.at(b.file, 0, 0) : b.span(first, last);
        return new Proof.Steps(out, r);
    }

    private ProofStep step(ProofStepContext sc, int level, Proof sub) {
        String label = sc.label.getText();
        StepBodyContext body = sc.stepBody();
        SourceRange r = sub == null ? b.range(sc) : b.span(b.range(sc), sub.range());
        List<Expr> exprs = new ArrayList<>();
        List<Bound> bounds = new ArrayList<>();
        List<Unit> defs = new ArrayList<>();
        Unit.UseOrHide use = null;
        ProofStep.StepKind kind;
        if (body instanceof QedStepContext) {
            kind = ProofStep.StepKind.QED;
        } else if (body instanceof CaseStepContext c) {
            kind = ProofStep.StepKind.CASE;
            exprs.add(b.expr(c.expr()));
        } else if (body instanceof PickStepContext c) {
            kind = ProofStep.StepKind.PICK;
            bounds.addAll(b.bounds(c.quantBound()));
            bounds.addAll(b.unboundedBounds(c.definedName()));
            exprs.add(b.expr(c.expr()));
        } else if (body instanceof HaveStepContext c) {
            kind = ProofStep.StepKind.HAVE;
            exprs.add(b.expr(c.expr()));
        } else if (body instanceof TakeStepContext c) {
            kind = ProofStep.StepKind.TAKE;
            bounds.addAll(b.bounds(c.quantBound()));
            bounds.addAll(b.unboundedBounds(c.definedName()));
        } else if (body instanceof WitnessStepContext c) {
            kind = ProofStep.StepKind.WITNESS;
            for (ExprContext e : c.expr()) {
                exprs.add(b.expr(e));
            }
        } else if (body instanceof UseStepContext c) {
            boolean isUse = c.USE() != null;
            kind = isUse ? ProofStep.StepKind.USE : ProofStep.StepKind.HIDE;
            use = b.useOrHide(isUse, c.useBody(), b.range(c));
        } else if (body instanceof DefineStepContext c) {
            kind = ProofStep.StepKind.DEFINE;
            for (ParseTree ch : c.children == null ? List.<ParseTree>of() : c.children) {
                if (ch instanceof FunctionDefContext f) {
                    defs.add(b.functionDef(false, f, b.range(f)));
                } else if (ch instanceof OperatorDefContext o) {
                    defs.add(b.operatorDef(false, o, b.range(o)));
                } else if (ch instanceof ModuleDefContext m) {
                    defs.add(b.moduleDef(false, m, b.range(m)));
                }
            }
        } else if (body instanceof InstanceStepContext c) {
            kind = ProofStep.StepKind.DEFINE;
            defs.add(b.instance(false, c.instance(), b.range(c)));
        } else if (body instanceof AssertStepContext c) {
            kind = c.SUFFICES() != null ? ProofStep.StepKind.SUFFICES : ProofStep.StepKind.ASSERT;
            exprs.add(c.assumeProve() != null ? b.assumeProve(c.assumeProve()) : b.expr(c.expr()));
        } else {
            kind = ProofStep.StepKind.ASSERT;
            exprs.add(b.errorAt(body));
        }
        if (sub != null && !EXPLAINED.contains(kind) && firstSyntaxError(body) == null) {
            // SANY's grammar gives TAKE, WITNESS, HAVE, USE/HIDE and definitions no proof (a body that
            // failed to parse fails first: what ANTLR's recovery leaves after it is no proof of SANY's)
            b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, b.range(body), "a " + kind + " step takes no proof"));
        }
        return new ProofStep(label, level, kind, exprs, bounds, defs, use, sub, r);
    }

    /** The steps that may have a proof (the others are rejected with one, as in SANY). */
    private static final java.util.Set<ProofStep.StepKind> EXPLAINED = java.util.EnumSet.of(ProofStep.StepKind.QED,
            ProofStep.StepKind.ASSERT, ProofStep.StepKind.SUFFICES, ProofStep.StepKind.CASE, ProofStep.StepKind.PICK);

    Proof.Terminal terminal(TerminalProofContext c) {
        if (c.OBVIOUS() != null) {
            return new Proof.Terminal(Proof.TerminalKind.OBVIOUS, false, List.of(), List.of(), b.range(c));
        }
        if (c.OMITTED() != null) {
            return new Proof.Terminal(Proof.TerminalKind.OMITTED, false, List.of(), List.of(), b.range(c));
        }
        Unit.UseOrHide u = b.useOrHide(true, c.useBody(), b.range(c));
        return new Proof.Terminal(Proof.TerminalKind.BY, u.only(), u.facts(), u.definitions(), b.range(c));
    }
}
