import type { RunFiles } from './ports.js';

/** A package's own Stryker HTML reports, beside the other packages' in the run's directory; the rest is shared, runs being one after another. */
export function packageRunFiles(runFiles: RunFiles, folder: string): RunFiles {
  const name = folder.replaceAll('/', '-');
  const renamed = (path: string): string => path.replace(/\.html$/, `-${name}.html`);
  return {
    ...runFiles,
    htmlReportPath: renamed(runFiles.htmlReportPath),
    recheckHtmlReportPath: renamed(runFiles.recheckHtmlReportPath),
    probeHtmlReportPath: renamed(runFiles.probeHtmlReportPath),
  };
}
