package dev.lockstep.speclang.resolve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One level of the resolver's scopes (Specifying Systems, chapter 17): the symbols declared at this
 * level, in order, and the enclosing scope.
 */
final class Scope {
    final Scope parent;
    final Map<String, Symbol> symbols = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol sym = s.symbols.get(name);
            if (sym != null) {
                return sym;
            }
        }
        return null;
    }
}
