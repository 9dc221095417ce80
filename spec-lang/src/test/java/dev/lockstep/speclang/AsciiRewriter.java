package dev.lockstep.speclang;

import dev.lockstep.speclang.print.SpecPrinter;

/** ASCII text of a parsed file for tools that predate TLA+'s Unicode symbols (the printer writes ASCII). */
final class AsciiRewriter {
    private AsciiRewriter() {
    }

    static String rewrite(ParseResult r) {
        return SpecPrinter.print(r.module().orElseThrow());
    }
}
