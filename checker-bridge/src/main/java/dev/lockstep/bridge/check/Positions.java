package dev.lockstep.bridge.check;

import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;

/**
 * Turns positions TLC and SANY report (1-based, in the modules TLC read) into ranges in the user's
 * files. TLC may have read an ASCII copy of a module ({@link ModelCopy}); its columns differ from
 * the user's, its lines do not.
 */
interface Positions {
    /** A range, end column inclusive as TLC prints it, in module {@code module}, located in {@code file}. */
    SourceRange range(Path file, String module, int line, int column, int endLine, int endColumn);

    /** A point in module {@code module}, located in {@code file}. */
    SourceRange at(Path file, String module, int line, int column);

    /** An action's location in the user's columns. */
    TraceState.ActionLocation location(TraceState.ActionLocation l);

    /** Positions in files TLC read as the user wrote them. */
    Positions AS_WRITTEN = new Positions() {
        @Override
        public SourceRange range(Path file, String module, int line, int column, int endLine, int endColumn) {
            return SourceRange.of(file, Math.max(0, line - 1), Math.max(0, column - 1), Math.max(0, endLine - 1),
                    Math.max(0, endColumn));
        }

        @Override
        public SourceRange at(Path file, String module, int line, int column) {
            return SourceRange.at(file, Math.max(0, line - 1), Math.max(0, column - 1));
        }

        @Override
        public TraceState.ActionLocation location(TraceState.ActionLocation l) {
            return l;
        }
    };
}
