package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * A TLA+ module: {@code ---- MODULE name ----}, EXTENDS, its units in order, {@code ====}. A module
 * nested in another is one of the outer module's units.
 */
public record Module(Name name, List<Name> extendsList, List<Unit> units, SourceRange range) implements Unit {
    public Module {
        extendsList = List.copyOf(extendsList);
        units = List.copyOf(units);
    }
}
