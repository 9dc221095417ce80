package dev.lockstep.maven;

import java.io.File;

/**
 * One model for {@code lockstep:check}, as configured in the POM:
 *
 * <pre>{@code
 * <model>
 *   <spec>src/main/tla/ReplicatedKV.tla</spec>
 *   <config>src/main/tla/ReplicatedKV.cfg</config>   <!-- default: SPEC.cfg beside the spec -->
 *   <expect>success</expect>                          <!-- or "safety failure", "deadlock failure", ... -->
 * </model>
 * }</pre>
 *
 * A mutable bean because that is how Maven configures nested parameters.
 */
public class Model {
    /** The root module. */
    File spec;
    /** The TLC configuration; {@code null} for SPEC.cfg beside the spec. */
    File config;
    /** A name for reports; default: the spec's module name and the config's file name. */
    String name;
    /** The expected verdict, as {@code lockstep check --json} words it; default {@code success}. */
    String expect = "success";
    /** Do not report deadlocks. */
    boolean noDeadlock;

    public Model() {
    }

    Model(File spec, File config, String expect) {
        this.spec = spec;
        this.config = config;
        if (expect != null) {
            this.expect = expect;
        }
    }

    String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String module = spec.getName().replaceFirst("\\.tla$", "");
        return config == null ? module : module + " (" + config.getName() + ")";
    }
}
