package dev.lockstep.speclang.resolve;

import static dev.lockstep.speclang.resolve.Level.ACTION;
import static dev.lockstep.speclang.resolve.Level.CONSTANT;
import static dev.lockstep.speclang.resolve.Level.STATE;
import static dev.lockstep.speclang.resolve.Level.TEMPORAL;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.resolve.LevelContext.Ctx;
import dev.lockstep.speclang.resolve.LevelContext.Lv;
import java.util.List;

/**
 * The checks of {@link LevelChecker} that only combine levels already computed: an operator's
 * limit on its arguments (LS205) and SANY's rule that a Boolean operator does not join an action
 * and a temporal formula (LS206).
 */
final class LevelRules {
    private LevelRules() {
    }

    static Lv limit(String op, List<Lv> args, Level maxArg, Level opLevel, boolean weighted, Ctx ctx, SourceRange site) {
        return limit(op, args, java.util.Collections.nCopies(args.size(), maxArg), opLevel, weighted, ctx, site);
    }

    /** An operator whose {@code i}th argument may be at most {@code maxArgs.get(i)}. */
    static Lv limit(String op, List<Lv> args, List<Level> maxArgs, Level opLevel, boolean weighted, Ctx ctx, SourceRange site) {
        boolean ok = true;
        Level level = opLevel;
        Level exceeded = null;
        for (int i = 0; i < args.size(); i++) {
            Lv lv = args.get(i);
            ok &= lv.ok();
            if (exceeded == null && lv.level().isAbove(maxArgs.get(i))) {
                exceeded = maxArgs.get(i);
            }
            if (weighted) {
                level = level.join(lv.level());
            }
        }
        if (ok && exceeded != null) {
            argumentError(ctx, site, op, exceeded);
            return new Lv(level, false);
        }
        return new Lv(level, ok);
    }

    static void argumentError(Ctx ctx, SourceRange site, String op, Level maxArg) {
        ctx.sink.report(DiagnosticCode.LS205_LEVEL_ARGUMENT, site, "level error in applying " + op
                + ": an argument is above " + maxArg.text() + " level, the most it allows");
    }

    static void levelError(Ctx caller, SourceRange site, String opName) {
        caller.sink.report(DiagnosticCode.LS205_LEVEL_ARGUMENT, site,
                "level error in applying '" + opName + "': an argument's level is higher than the operator allows");
    }

    /** SANY's check that a Boolean operator does not join an action and a temporal formula. */
    static Lv mixing(String op, List<Lv> args, Lv lv, Ctx ctx, SourceRange site) {
        if (!lv.ok() || lv.level() != TEMPORAL) {
            return lv;
        }
        boolean action = args.stream().anyMatch(a -> a.level() == ACTION);
        boolean temporal = args.stream().anyMatch(a -> a.level() == TEMPORAL);
        if (action && temporal) {
            ctx.sink.report(DiagnosticCode.LS206_LEVEL_TEMPORAL_ACTION, site, op + " has both an action and a temporal formula as arguments");
            return new Lv(lv.level(), false);
        }
        return lv;
    }

    /** The level of a proof's {@code NEW} symbol of kind {@code k} ({@code NEW VARIABLE x}: state). */
    static Level newLevel(Expr.NewKind k) {
        return switch (k) {
            case CONSTANT -> CONSTANT;
            case VARIABLE, STATE -> STATE;
            case ACTION -> ACTION;
            case TEMPORAL -> TEMPORAL;
        };
    }
}
