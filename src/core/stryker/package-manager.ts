/** The package managers whose install commands the gate can name. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

/** What a directory holds that names its package manager: lockfiles, Yarn's files, and package.json's `packageManager`. */
export interface ManagerSigns {
  /** The names present, of: package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, bun.lock, bun.lockb, .yarnrc.yml, .pnp.cjs, .pnp.js. */
  readonly files: ReadonlySet<string>;
  /** package.json's `packageManager` field ("pnpm@9.1.0"), when there is one. */
  readonly packageManager: string | undefined;
  /** .yarnrc.yml's text, when there is one. */
  readonly yarnrc: string | undefined;
}

/** The files ManagerSigns looks for in each directory from the project up. */
export const MANAGER_FILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
  '.yarnrc.yml',
  '.pnp.cjs',
  '.pnp.js',
] as const;

/** The project's package manager, and whether it is Yarn Plug'n'Play (no node_modules, which Stryker needs). */
export interface ProjectManager {
  readonly manager: PackageManager;
  readonly plugAndPlay: boolean;
}

const NODE_LINKER = /^\s*nodeLinker:\s*["']?([\w-]+)/m;

/**
 * The package manager, from `packageManager` first (Corepack's field, the project's own statement),
 * then the lockfile; npm when nothing says. Yarn with a .yarnrc.yml is Yarn 2 or later ("berry"), which
 * installs Plug'n'Play unless nodeLinker says otherwise; a .pnp.cjs shows an install that did.
 */
export function detectPackageManager(signs: ManagerSigns): ProjectManager {
  const { files } = signs;
  const declared = /^(npm|pnpm|yarn|bun)@(\d+)/.exec(signs.packageManager ?? '');
  const berry = files.has('.yarnrc.yml') || (declared?.[1] === 'yarn' && Number(declared[2]) >= 2);
  const fromLockfile = (): PackageManager => {
    if (files.has('pnpm-lock.yaml')) return 'pnpm';
    if (files.has('yarn.lock') || berry) return berry ? 'yarn-berry' : 'yarn';
    if (files.has('bun.lock') || files.has('bun.lockb')) return 'bun';
    return 'npm';
  };
  const named = declared?.[1];
  const manager: PackageManager =
    named === undefined ? fromLockfile() : named === 'yarn' ? (berry ? 'yarn-berry' : 'yarn') : (named as PackageManager);
  const linker = NODE_LINKER.exec(signs.yarnrc ?? '')?.[1];
  // Yarn 2 and later install Plug'n'Play unless nodeLinker says otherwise.
  const plugAndPlay =
    manager === 'yarn-berry' && (files.has('.pnp.cjs') || files.has('.pnp.js') || linker === undefined || linker === 'pnp');
  return { manager, plugAndPlay };
}

/** The command that installs the project's locked dependencies, as CI runs it. */
export function installCommand(manager: PackageManager): string {
  switch (manager) {
    case 'npm':
      return 'npm ci';
    case 'pnpm':
      return 'pnpm install --frozen-lockfile';
    case 'yarn':
      return 'yarn install --frozen-lockfile';
    case 'yarn-berry':
      return 'yarn install --immutable';
    case 'bun':
      return 'bun install --frozen-lockfile';
  }
}

/** The command that adds development dependencies. */
export function addDevCommand(manager: PackageManager, packages: readonly string[]): string {
  const add =
    manager === 'npm'
      ? 'npm install --save-dev'
      : manager === 'bun'
        ? 'bun add --dev'
        : `${manager === 'pnpm' ? 'pnpm' : 'yarn'} add --dev`;
  return `${add} ${packages.join(' ')}`;
}

const PLUG_AND_PLAY =
  "The project installs with Yarn Plug'n'Play, and Stryker cannot run without a node_modules folder: set nodeLinker: " +
  'node-modules in .yarnrc.yml and run yarn install';

/**
 * What to do when `stryker: project` finds no Stryker in the project, in the project's own package
 * manager's words.
 */
export function strykerNotInstalledAdvice({ manager, plugAndPlay }: ProjectManager): string {
  const add = addDevCommand(manager, ['@stryker-mutator/core', '@stryker-mutator/vitest-runner']);
  if (plugAndPlay) {
    return (
      `${PLUG_AND_PLAY}, add Stryker and the plugin of the project's test runner (${add}), ` +
      'and install dependencies (yarn install --immutable) before this step.'
    );
  }
  return (
    `Add it to the project with the plugin of its test runner (for Vitest: ${add}) and install dependencies ` +
    `(${installCommand(manager)}) before this step, or set the input stryker to auto and the gate brings its own.`
  );
}

/** What to do when the project's own packages (its test runner) are not installed where Node looks for them. */
export function dependenciesNotInstalledAdvice({ manager, plugAndPlay }: ProjectManager): string {
  if (plugAndPlay) return `${PLUG_AND_PLAY} before this step.`;
  return `Install the project's dependencies (${installCommand(manager)}) before this step.`;
}
