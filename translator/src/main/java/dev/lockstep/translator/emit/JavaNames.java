package dev.lockstep.translator.emit;

import java.util.HashSet;
import java.util.Set;

/**
 * Turns TLA+ identifiers into Java identifiers deterministically, and keeps the names of one Java
 * scope distinct. TLA+ identifiers are letters, digits and underscores with at least one letter
 * (Specifying Systems, 15.1.2), so the only escapes needed are for Java's reserved words, names
 * the generated code uses itself, and a leading digit; anything else is replaced by {@code _xHH_}
 * so that no spec text ever reaches the output as code.
 */
public final class JavaNames {
    /** Java keywords, literals and restricted identifiers (JLS 3.9). */
    static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "_", "exports", "module", "open", "opens", "provides", "requires", "to",
            "transitive", "uses", "with");

    /** Simple names the generated code refers to, which a spec name must not shadow. */
    static final Set<String> GENERATED = Set.of(
            "s", "out", "choice", "constants", "call", "result", "Tla", "Value", "Values", "IntValue", "BoolValue",
            "StrValue", "SetValue", "FunctionValue", "ModelValue", "Choice", "Successors", "ActionCall", "List",
            "Map", "ArrayList", "LinkedHashMap", "Override", "Object", "String", "System", "Math", "Integer",
            "Long", "Boolean", "TlaEvaluationException", "SpecMachine", "java", "dev", "javax", "Codec", "Set",
            "LinkedHashSet", "Function", "UnaryOperator", "BinaryOperator", "StepRunner", "RandomChoice",
            "TraceWriter", "NdjsonTraceSink", "NativeLogCodec", "IOException", "Path", "Optional", "Record",
            "Enum", "Iterable", "Character", "Double", "Number", "Class", "Void", "Objects", "Collections", "Schedule",
            "StuckException");

    private final Set<String> used = new HashSet<>();

    /** {@code tmState} as {@code TM_STATE}: the form of Java constants. */
    static String upperSnake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** The escaped form of a TLA+ identifier, before making it unique. */
    public static String escape(String tla) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tla.length(); i++) {
            char c = tla.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                sb.append(c);
            } else {
                sb.append(String.format("_x%02X_", (int) c));
            }
        }
        String s = sb.toString();
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        if (RESERVED.contains(s) || GENERATED.contains(s) || s.startsWith("$")) {
            s = s + "_";
        }
        return s;
    }

    /** Reserves {@code name} in this scope as is (e.g. a generated parameter). */
    public void reserve(String name) {
        used.add(name);
    }

    /** A fresh Java name for {@code tla}, escaped and suffixed {@code _2}, {@code _3} ... when taken. */
    public String fresh(String tla) {
        String base = escape(tla);
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = base + "_" + i;
        }
        used.add(name);
        return name;
    }

    /**
     * Frees {@code name} (a lambda parameter whose lambda is written): a lambda after it may take the
     * name again, as the spec's next {@code \A x} or {@code \E x} reuses the bound name.
     */
    public void release(String name) {
        used.remove(name);
    }

    /** A copy with the same names taken, for a nested scope that must not shadow. */
    public JavaNames copy() {
        JavaNames n = new JavaNames();
        n.used.addAll(used);
        return n;
    }

    /** {@code upperCamel("my_spec")} is {@code MySpec}; the result is a valid Java type name. */
    public static String typeName(String tla) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : tla.toCharArray()) {
            if (c == '_') {
                up = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String s = sb.toString();
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "Spec" + s;
        }
        return s;
    }

    /** Whether {@code pkg} is a valid Java package name (dot-separated identifiers, no keywords). */
    public static boolean isValidPackage(String pkg) {
        if (pkg.isEmpty()) {
            return false;
        }
        for (String part : pkg.split("\\.", -1)) {
            if (part.isEmpty() || RESERVED.contains(part) || !Character.isJavaIdentifierStart(part.charAt(0))) {
                return false;
            }
            for (char c : part.toCharArray()) {
                if (!Character.isJavaIdentifierPart(c) || c > 127) {
                    return false;
                }
            }
        }
        return true;
    }
}
