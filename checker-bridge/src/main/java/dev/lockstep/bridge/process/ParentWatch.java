package dev.lockstep.bridge.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * The main class every child JVM starts through: {@code ParentWatch PID MAIN ARGS...} watches the
 * process {@code PID} (the Lockstep JVM that started the child) and halts this JVM within
 * {@value #POLL_MILLIS} ms of that process's death, then runs {@code MAIN} with {@code ARGS} in
 * this thread.
 *
 * <p>{@link RunningJvm} ends its child when Lockstep closes it, exits or is interrupted (Ctrl-C);
 * none of that runs when Lockstep is killed with SIGKILL (a CI timeout, the OOM killer, an editor
 * killing its language server). Without this watch, TLC would go on searching for hours and
 * validate's evaluator host would wait forever. Linux can deliver a signal on the parent's death
 * ({@code prctl(PR_SET_PDEATHSIG)}), but Java 17 cannot ask for it, so the watch polls: the parent is
 * gone when its pid no longer names the process that started this JVM (its start time is compared,
 * so a reused pid does not count), or when this JVM was handed to another parent (the kernel
 * re-parents orphans at once, even while the dead parent is an unreaped zombie).
 *
 * <p>The class depends on {@code java.base} alone and has no nested classes: {@link ChildJvm#start()}
 * copies its one class file into a scratch folder added to the child's classpath, so it runs beside any {@code tla2tools.jar}
 * without putting the rest of Lockstep on TLC's classpath.
 */
public final class ParentWatch {
    /** How often the parent is looked at. */
    public static final long POLL_MILLIS = 200;
    /** This JVM's exit code when it halts because its parent died (128 + SIGTERM, as if killed). */
    public static final int EXIT_ORPHANED = 143;

    private ParentWatch() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ParentWatch PARENT_PID MAIN_CLASS [ARGS...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty() || !isParent(parentPid)) {
            Runtime.getRuntime().halt(EXIT_ORPHANED);
        }
        ProcessHandle watched = parent.get();
        Thread watch = new Thread(() -> {
            while (watched.isAlive() && isParent(parentPid)) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(EXIT_ORPHANED);
        }, "lockstep-parent-watch");
        watch.setDaemon(true);
        watch.start();
        run(args[1], Arrays.copyOfRange(args, 2, args.length));
    }

    private static boolean isParent(long pid) {
        return ProcessHandle.current().parent().map(p -> p.pid() == pid).orElse(false);
    }

    /** Calls {@code main(args)} of {@code mainClass} as the JVM would (its exceptions propagate unwrapped). */
    private static void run(String mainClass, String[] args) throws Throwable {
        Class<?> c = Class.forName(mainClass, true, ClassLoader.getSystemClassLoader());
        Method main = c.getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new NoSuchMethodException(mainClass + ".main(String[]) is not static");
        }
        main.setAccessible(true); // as the java launcher, which runs the main of a class that is not public (pcal.trans)
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
