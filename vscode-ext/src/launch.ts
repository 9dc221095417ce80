/**
 * How the extension runs Lockstep: which `java`, which jar or launcher, which arguments. Pure
 * functions over the settings, the environment and a file-existence check, so they are tested
 * without VS Code.
 */
import * as path from 'path';

/** The extension's settings (`lockstep.*`). */
export interface Settings {
  javaPath: string;
  tla2toolsPath: string;
  tlcWorkers: number | string;
  lockstepPath: string;
}

/** A program and its arguments. */
export interface Invocation {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** Either how to run Lockstep, or a message telling the user what to configure. */
export type Launch = { ok: true; base: Invocation; describe: string } | { ok: false; message: string };

export const JAVA_HINT =
  'Lockstep needs Java 17 or newer. Install a JDK (for example `apt-get install openjdk-17-jre-headless`), ' +
  'or set the setting "lockstep.javaPath" to the java executable, or set JAVA_HOME.';

/**
 * Finds `java`: the `lockstep.javaPath` setting, then `$JAVA_HOME/bin/java`, then `java` on the
 * PATH. Returns undefined when none exists.
 */
export function findJava(settings: Settings, env: NodeJS.ProcessEnv, exists: (p: string) => boolean): string | undefined {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  if (settings.javaPath) {
    return exists(settings.javaPath) ? settings.javaPath : undefined;
  }
  if (env.JAVA_HOME) {
    const p = path.join(env.JAVA_HOME, 'bin', exe);
    if (exists(p)) {
      return p;
    }
  }
  const sep = process.platform === 'win32' ? ';' : ':';
  for (const dir of (env.PATH ?? '').split(sep)) {
    if (dir) {
      const p = path.join(dir, exe);
      if (exists(p)) {
        return p;
      }
    }
  }
  return undefined;
}

/**
 * The base invocation of Lockstep: a configured `lockstep` launcher, or `java -jar` on the jar
 * bundled with the extension.
 */
export function resolveLaunch(settings: Settings, bundledJar: string, env: NodeJS.ProcessEnv,
                              exists: (p: string) => boolean): Launch {
  const extraEnv: Record<string, string> = {};
  if (settings.tla2toolsPath) {
    extraEnv.LOCKSTEP_TLA2TOOLS = settings.tla2toolsPath;
  }
  if (settings.lockstepPath) {
    if (!exists(settings.lockstepPath)) {
      return { ok: false, message: `The setting "lockstep.lockstepPath" names ${settings.lockstepPath}, which does not exist.` };
    }
    const java = findJava(settings, env, exists);
    if (java) {
      extraEnv.JAVA = java;
    }
    return { ok: true, base: { command: settings.lockstepPath, args: [], env: extraEnv }, describe: settings.lockstepPath };
  }
  const java = findJava(settings, env, exists);
  if (!java) {
    return {
      ok: false,
      message: settings.javaPath ? `The setting "lockstep.javaPath" names ${settings.javaPath}, which does not exist. ${JAVA_HINT}` : `Java was not found. ${JAVA_HINT}`,
    };
  }
  if (!exists(bundledJar)) {
    return { ok: false, message: `The Lockstep jar is missing from the extension (${bundledJar}). Reinstall the extension, or set "lockstep.lockstepPath" to a lockstep launcher.` };
  }
  return { ok: true, base: { command: java, args: ['-jar', bundledJar], env: extraEnv }, describe: `${java} -jar ${bundledJar}` };
}

/** Lockstep's subcommands the extension runs. */
export type Job =
  | { kind: 'check'; file: string; report: string }
  | { kind: 'translate'; file: string }
  | { kind: 'generate'; file: string; javaPackage: string; outDir: string }
  | { kind: 'validate'; file: string; traces: string[] }
  | { kind: 'lsp' };

/** The full invocation of `job`. */
export function invocation(launch: Invocation, settings: Settings, job: Job): Invocation {
  const args = [...launch.args];
  switch (job.kind) {
    case 'check':
      args.push('check', '--json', '--report', job.report, '--workers', String(settings.tlcWorkers || 'auto'), job.file);
      break;
    case 'translate':
      args.push('translate', job.file);
      break;
    case 'generate':
      args.push('generate', job.file, '--package', job.javaPackage, '--out', job.outDir);
      break;
    case 'validate':
      args.push('validate', job.file);
      for (const t of job.traces) {
        args.push('--trace', t);
      }
      break;
    case 'lsp':
      args.push('lsp');
      break;
  }
  return { command: launch.command, args, env: { ...launch.env } };
}
