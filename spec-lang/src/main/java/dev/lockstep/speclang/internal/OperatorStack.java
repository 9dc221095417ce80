package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Operator precedence for one flat expression of {@link ExprBuilder} (operands, prefix and infix
 * operators in source order): a shunting-yard stack over SANY's precedence ranges. Two operators
 * whose ranges overlap, unless they are the same left-associative infix operator, are a precedence
 * conflict (LS103, as SANY reports it); an unparenthesized {@code \X} chain is one n-ary product.
 */
final class OperatorStack {
    private record Pending(Operator op, Token token, SourceRange start) {
    }

    private final ExprBuilder b;
    private final List<Expr> values = new ArrayList<>();
    private final List<Pending> stack = new ArrayList<>();
    /** Results of reducing an unparenthesized \X chain of this expression (SANY: one n-ary product). */
    private final List<Expr> openProducts = new ArrayList<>(0);

    OperatorStack(ExprBuilder builder) {
        this.b = builder;
    }

    /** An infix operator: reduces what binds tighter, reporting LS103 on a conflict. */
    void infix(Token t) {
        Operator incoming = Symbols.infix(t.getType());
        while (!stack.isEmpty()) {
            Pending top = stack.get(stack.size() - 1);
            if (top.op.low() > incoming.high()) {
                reduce();
            } else if (top.op.high() < incoming.low()) {
                break;
            } else if (top.op == incoming && incoming.leftAssociative()
                    && top.op.fixity() == Operator.Fixity.INFIX) {
                reduce();
            } else {
                b.diagnostics.add(Diagnostic.error(DiagnosticCode.LS103_PRECEDENCE_CONFLICT, b.range(t),
                        "precedence conflict between '" + top.token.getText() + "' and '" + t.getText()
                                + "': add parentheses"));
                reduce();
            }
        }
        stack.add(new Pending(incoming, t, b.range(t)));
    }

    void prefix(Token t) {
        stack.add(new Pending(Symbols.prefix(t.getType()), t, b.range(t)));
    }

    void operand(Expr e) {
        values.add(e);
    }

    /** The expression, every pending operator applied. */
    Expr finish() {
        while (!stack.isEmpty()) {
            reduce();
        }
        return values.get(values.size() - 1);
    }

    private static boolean containsIdentical(List<Expr> list, Expr e) {
        for (Expr x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    private void reduce() {
        Pending p = stack.remove(stack.size() - 1);
        if (p.op.fixity() == Operator.Fixity.PREFIX) {
            Expr arg = values.remove(values.size() - 1);
            values.add(new Expr.OpApp(p.op, List.of(arg), ExprBuilder.span(p.start, arg.range()), p.start));
            return;
        }
        Expr right = values.remove(values.size() - 1);
        Expr left = values.remove(values.size() - 1);
        SourceRange r = ExprBuilder.span(left.range(), right.range());
        if (p.op == Operator.CARTESIAN) {
            List<Expr> args = new ArrayList<>();
            if (left instanceof Expr.OpApp la && la.op() == Operator.CARTESIAN && containsIdentical(openProducts, left)) {
                args.addAll(la.args());
            } else {
                args.add(left);
            }
            args.add(right);
            Expr product = new Expr.OpApp(Operator.CARTESIAN, args, r, p.start);
            openProducts.add(product);
            values.add(product);
            return;
        }
        values.add(new Expr.OpApp(p.op, List.of(left, right), r, p.start));
    }
}
