package dev.lockstep.translator.emit;

import java.util.List;
import java.util.Map;

/**
 * The operators of Lockstep's library that TLA+ cannot define and TLC evaluates in Java (the checker
 * bridge's overrides: Json's {@code ToJson}, IOUtils' {@code atoi}, ...): their methods in the
 * generated base class call the runtime's function that gives the same values.
 */
final class LibraryCalls {
    /**
     * Operators of Lockstep's library that TLC evaluates in Java (the checker bridge's overrides), by
     * {@code Module.Name/arity}: the runtime's function that gives the same values. Used only for a
     * module that really comes from the library, as check uses the overrides.
     */
    private static final Map<String, String> LIBRARY_FUNCTIONS = Map.of("Json.ToJson/1", "Tla.toJson",
            "Json.ToJsonArray/1", "Tla.toJsonArray", "Json.ToJsonObject/1", "Tla.toJsonObject", "IOUtils.atoi/1", "Tla.atoi",
            "IOUtils.zeroPadN/2", "Tla.zeroPadN");

    private LibraryCalls() {
    }

    /**
     * The body of the method of a library definition {@code qualified} ({@code Module.Name}, null for
     * none) that TLC evaluates in Java: a call of the runtime's function on the method's parameters;
     * null when there is none.
     */
    static String libraryCall(String qualified, List<String> params) {
        String fn = qualified == null ? null : LIBRARY_FUNCTIONS.get(qualified + "/" + params.size());
        return fn == null ? null : fn + "(" + String.join(", ", params) + ")";
    }
}
