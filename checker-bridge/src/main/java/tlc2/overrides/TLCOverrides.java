package tlc2.overrides;

import dev.lockstep.bridge.library.tlc.CSVOverrides;
import dev.lockstep.bridge.library.tlc.FiniteSetsExtOverrides;
import dev.lockstep.bridge.library.tlc.FunctionsOverrides;
import dev.lockstep.bridge.library.tlc.IOUtilsOverrides;
import dev.lockstep.bridge.library.tlc.JsonOverrides;
import dev.lockstep.bridge.library.tlc.SequencesExtOverrides;
import dev.lockstep.bridge.library.tlc.StatisticsOverrides;
import dev.lockstep.bridge.library.tlc.TLCExtOverrides;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The entry point of TLC's override mechanism: TLC loads the class {@code tlc2.overrides.TLCOverrides}
 * from its classpath and replaces the TLA+ definitions named by the {@link TLAPlusOperator} methods of
 * the classes {@link #get()} returns. Lockstep's checker bridge puts this class on TLC's classpath and
 * says, in the system property {@value #MODULES_PROPERTY}, which modules come from Lockstep's library
 * (a module beside the spec or in a {@code --library} folder keeps its own definitions): only those
 * modules' overrides are returned. Without the property, none are: a module that merely has a
 * library module's name is never evaluated by Lockstep's Java.
 */
public final class TLCOverrides implements ITLCOverrides {
    /** The system property listing (comma-separated) the modules whose Java overrides apply. */
    public static final String MODULES_PROPERTY = "lockstep.library.overrides";

    private static final Map<String, Class<?>> BY_MODULE = Map.of(
            "SequencesExt", SequencesExtOverrides.class,
            "Functions", FunctionsOverrides.class,
            "FiniteSetsExt", FiniteSetsExtOverrides.class,
            "Json", JsonOverrides.class,
            "IOUtils", IOUtilsOverrides.class,
            "CSV", CSVOverrides.class,
            "TLCExt", TLCExtOverrides.class,
            "Statistics", StatisticsOverrides.class);

    /** The modules that have Java overrides. */
    public static List<String> overriddenModules() {
        return BY_MODULE.keySet().stream().sorted().toList();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class[] get() {
        String wanted = System.getProperty(MODULES_PROPERTY);
        return classesOf(wanted == null ? List.of() : Arrays.stream(wanted.split(",")).map(String::strip).toList());
    }

    /** The classes holding the Java overrides of those of {@code modules} that have any. */
    public static Class<?>[] classesOf(List<String> modules) {
        return modules.stream().filter(BY_MODULE::containsKey).map(BY_MODULE::get).toArray(Class<?>[]::new);
    }
}
