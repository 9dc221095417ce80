package dev.lockstep.speclang.resolve;

import static dev.lockstep.speclang.resolve.LevelChecker.ACTION;
import static dev.lockstep.speclang.resolve.LevelChecker.CONSTANT;
import static dev.lockstep.speclang.resolve.LevelChecker.TEMPORAL;

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
    private static final List<String> LEVEL_NAMES = List.of("constant", "state", "action", "temporal");

    private LevelRules() {
    }

    static Lv limit(String op, List<Lv> args, int maxArg, int opLevel, boolean weighted, Ctx ctx, SourceRange site) {
        boolean ok = true;
        int level = opLevel;
        int highest = CONSTANT;
        for (Lv lv : args) {
            ok &= lv.ok();
            highest = Math.max(highest, lv.level());
            if (weighted) {
                level = Math.max(level, lv.level());
            }
        }
        if (ok && highest > maxArg) {
            argumentError(ctx, site, op, maxArg);
            return new Lv(level, false);
        }
        return new Lv(level, ok);
    }

    static void argumentError(Ctx ctx, SourceRange site, String op, int maxArg) {
        ctx.sink.report(DiagnosticCode.LS205_LEVEL_ARGUMENT, site, "level error in applying " + op
                + ": an argument is above " + name(maxArg) + " level, the most it allows");
    }

    static void levelError(Ctx caller, SourceRange site, String opName) {
        caller.sink.report(DiagnosticCode.LS205_LEVEL_ARGUMENT, site,
                "level error in applying '" + opName + "': an argument's level is higher than the operator allows");
    }

    /** SANY's check that a Boolean operator does not join an action and a temporal formula. */
    static Lv mixing(String op, List<Lv> args, Lv lv, Ctx ctx, SourceRange site) {
        if (!lv.ok() || lv.level() < TEMPORAL) {
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

    static String name(int level) {
        return LEVEL_NAMES.get(level);
    }
}
