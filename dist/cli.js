#!/usr/bin/env node
import { createRequire as __gateRequire } from 'node:module'; const require = __gateRequire(import.meta.url);
import {
  GateError,
  Inputs,
  approvalShortfall,
  buildGateReport,
  bundledStrykerPlaces,
  createRunFiles,
  decide,
  decodeEvent,
  fileExists,
  formatPercent,
  formatScore,
  gateReportText,
  hintFor,
  localGatePorts,
  mutationProgress,
  require_dist,
  settingsOf,
  writeGateReport
} from "./chunks/chunk-CW4CRXJA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-EA3QGTPI.js";

// node_modules/@vercel/detect-agent/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@vercel/detect-agent/dist/index.js"(exports, module) {
    "use strict";
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames(from))
          if (!__hasOwnProp.call(to, key) && key !== except)
            __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var src_exports = {};
    __export(src_exports, {
      KNOWN_AGENTS: () => KNOWN_AGENTS,
      determineAgent: () => determineAgent2
    });
    module.exports = __toCommonJS(src_exports);
    var import_promises4 = __require("node:fs/promises");
    var import_node_fs = __require("node:fs");
    var DEVIN_LOCAL_PATH = "/opt/.devin";
    var CURSOR = "cursor";
    var CURSOR_CLI = "cursor-cli";
    var CLAUDE = "claude";
    var COWORK = "cowork";
    var DEVIN = "devin";
    var REPLIT = "replit";
    var GEMINI = "gemini";
    var CODEX = "codex";
    var ANTIGRAVITY = "antigravity";
    var AUGMENT_CLI = "augment-cli";
    var OPENCODE = "opencode";
    var GITHUB_COPILOT = "github-copilot";
    var GITHUB_COPILOT_CLI = "github-copilot-cli";
    var V0 = "v0";
    var FX = "fx";
    var EVE = "eve";
    var KNOWN_AGENTS = {
      CURSOR,
      CURSOR_CLI,
      CLAUDE,
      COWORK,
      DEVIN,
      REPLIT,
      GEMINI,
      CODEX,
      ANTIGRAVITY,
      AUGMENT_CLI,
      OPENCODE,
      GITHUB_COPILOT,
      V0,
      FX,
      EVE
    };
    async function determineAgent2() {
      if (process.env.AI_AGENT) {
        const name = process.env.AI_AGENT.trim();
        if (name) {
          if (name === GITHUB_COPILOT || name === GITHUB_COPILOT_CLI) {
            return {
              isAgent: true,
              agent: { name: GITHUB_COPILOT }
            };
          }
          if (name === V0) {
            return {
              isAgent: true,
              agent: { name: V0 }
            };
          }
          return {
            isAgent: true,
            agent: { name }
          };
        }
      }
      if (process.env.CURSOR_TRACE_ID) {
        return { isAgent: true, agent: { name: CURSOR } };
      }
      if (process.env.CURSOR_AGENT || process.env.CURSOR_EXTENSION_HOST_ROLE === "agent-exec") {
        return { isAgent: true, agent: { name: CURSOR_CLI } };
      }
      if (process.env.GEMINI_CLI) {
        return { isAgent: true, agent: { name: GEMINI } };
      }
      if (process.env.CODEX_SANDBOX || process.env.CODEX_CI || process.env.CODEX_THREAD_ID) {
        return { isAgent: true, agent: { name: CODEX } };
      }
      if (process.env.ANTIGRAVITY_AGENT) {
        return { isAgent: true, agent: { name: ANTIGRAVITY } };
      }
      if (process.env.AUGMENT_AGENT) {
        return { isAgent: true, agent: { name: AUGMENT_CLI } };
      }
      if (process.env.OPENCODE === "1" || process.env.OPENCODE_CLIENT) {
        return { isAgent: true, agent: { name: OPENCODE } };
      }
      if (process.env.CLAUDECODE || process.env.CLAUDE_CODE) {
        if (process.env.CLAUDE_CODE_IS_COWORK) {
          return { isAgent: true, agent: { name: COWORK } };
        }
        return { isAgent: true, agent: { name: CLAUDE } };
      }
      if (process.env.REPL_ID) {
        return { isAgent: true, agent: { name: REPLIT } };
      }
      if (process.env.COPILOT_MODEL || process.env.COPILOT_ALLOW_ALL || process.env.COPILOT_GITHUB_TOKEN) {
        return { isAgent: true, agent: { name: GITHUB_COPILOT } };
      }
      try {
        await (0, import_promises4.access)(DEVIN_LOCAL_PATH, import_node_fs.constants.F_OK);
        return { isAgent: true, agent: { name: DEVIN } };
      } catch (_error) {
      }
      return { isAgent: false, agent: void 0 };
    }
  }
});

// src/command.ts
var import_detect_agent = __toESM(require_dist2(), 1);
import { createHash } from "node:crypto";
import { mkdir, readFile as readFile2, realpath } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join3, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/adapters/action-definition.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function declaredInputs(actionRoot) {
  const action = (0, import_yaml.parse)(await readFile(join(actionRoot, "action.yml"), "utf8"));
  return Object.entries(action.inputs ?? {}).map(([name, input]) => ({
    name,
    description: input.description ?? "",
    default: input.default === void 0 ? "" : String(input.default)
  }));
}

// src/adapters/terminal-colors.ts
import { styleText } from "node:util";

// src/core/render/terminal-paint.ts
var asIs = (text) => text;
var PLAIN = Object.freeze({ bold: asIs, dim: asIs, red: asIs, green: asIs, yellow: asIs });
function printable(text) {
  return text.replaceAll(new RegExp("(?!\\t)\\p{Cc}", "gu"), (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/adapters/terminal-colors.ts
function paintFor(stream, noColor, env) {
  if (noColor || stream.isTTY !== true || stream.hasColors?.(16, env) !== true) return PLAIN;
  const style = (format) => (text) => styleText(format, text, { validateStream: false });
  return { bold: style("bold"), dim: style("dim"), red: style("red"), green: style("green"), yellow: style("yellow") };
}

// src/adapters/terminal-log.ts
var BAR_WIDTH = 30;
function bar({ tested, total, survived }) {
  const filled = total === 0 ? BAR_WIDTH : Math.round(tested / total * BAR_WIDTH);
  return `  [${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${tested}/${total} mutants tested, ${survived} survived so far`;
}
function terminalLog(stream, { interactive, verbose, paint }) {
  let barShown = false;
  const line = (text) => {
    if (barShown) stream.write("\n");
    barShown = false;
    stream.write(`${text}
`);
  };
  return {
    info: (message) => line(printable(message)),
    warning: (message) => line(paint.yellow(`warning: ${printable(message)}`)),
    debug: (message) => {
      if (verbose) line(paint.dim(printable(message)));
    },
    async untrustedGroup(title, work) {
      line(paint.bold(printable(title)));
      try {
        return await work((output) => {
          const progress = mutationProgress(output);
          if (verbose || progress !== void 0 && !interactive) {
            line(`  ${printable(output)}`);
          } else if (progress !== void 0) {
            stream.write(`\r\x1B[2K${bar(progress)}`);
            barShown = true;
          }
        });
      } finally {
        if (barShown) stream.write("\n");
        barShown = false;
      }
    }
  };
}

// src/adapters/working-tree.ts
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var SNAPSHOT_IDENTITY = {
  GIT_AUTHOR_NAME: "mutation-gate",
  GIT_AUTHOR_EMAIL: "uncommitted@mutation-gate.invalid",
  GIT_AUTHOR_DATE: "@0 +0000",
  GIT_COMMITTER_NAME: "mutation-gate",
  GIT_COMMITTER_EMAIL: "uncommitted@mutation-gate.invalid",
  GIT_COMMITTER_DATE: "@0 +0000"
};
async function commitWorkingTree(repositoryRoot) {
  const git = async (args, env = {}) => (await run("git", args, { cwd: repositoryRoot, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...env } })).stdout.trim();
  const head = await git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => void 0);
  if (head === void 0) throw new GateError("HEAD names no commit yet: commit the code the change starts from, then run the command.");
  const directory = await mkdtemp(join2(tmpdir(), "mutation-gate-index-"));
  try {
    const index = { GIT_INDEX_FILE: join2(directory, "index") };
    const realIndex = resolve(repositoryRoot, await git(["rev-parse", "--git-path", "index"]));
    await copyFile(realIndex, index.GIT_INDEX_FILE).catch(async () => git(["read-tree", head], index));
    await git(["add", "--all", "--", ":/"], index);
    const tree = await git(["write-tree"], index);
    if (tree === await git(["rev-parse", `${head}^{tree}`])) return void 0;
    return await git(["commit-tree", tree, "-p", head, "-m", "Uncommitted changes, as the local command measured them"], {
      ...index,
      ...SNAPSHOT_IDENTITY
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

// src/core/cli/cli-flags.ts
import { parseArgs } from "node:util";
var WORKFLOW_ONLY = {
  [Inputs.GithubToken]: { value: "", why: "the command reads nothing from GitHub and posts nothing there" },
  [Inputs.Comment]: { value: "never", why: "the command posts no pull request comment" },
  [Inputs.Annotations]: { value: "false", why: "the command annotates no diff on GitHub" },
  [Inputs.OnError]: { value: "fail", why: "an error always exits with code 2" }
};
var OUTPUT_FORMATS = ["text", "json", "brief"];
var OWN_FLAGS = {
  format: { type: "string", help: `What to print on standard output: ${OUTPUT_FORMATS.join(", ")}`, default: "text" },
  json: { type: "boolean", help: "Print the gate's JSON report (the same as --format json)", default: "false" },
  "no-color": { type: "boolean", help: "No colours, even on a terminal (NO_COLOR does the same)", default: "false" },
  verbose: { type: "boolean", help: "Print every line Stryker prints, not only its progress", default: "false" },
  help: { type: "boolean", help: "Print this help", default: "false" },
  version: { type: "boolean", help: "Print the command's version", default: "false" }
};
var LOCAL_DEFAULTS = {
  [Inputs.Base]: "the merge base with origin/HEAD, else main or master",
  [Inputs.StateDir]: "a folder of the repository under ~/.cache/mutation-gate"
};
var flagInputs = (inputs) => inputs.filter((input) => !Object.hasOwn(WORKFLOW_ONLY, input.name));
function parseCliArguments(args, inputs) {
  const flags = flagInputs(inputs);
  const options = {
    ...Object.fromEntries(flags.map((input) => [input.name, { type: "string" }])),
    ...Object.fromEntries(Object.entries(OWN_FLAGS).map(([name, flag]) => [name, { type: flag.type }]))
  };
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const problems = [];
  const given = /* @__PURE__ */ new Map();
  const switches = /* @__PURE__ */ new Set();
  let awaitsValue = false;
  for (const token of tokens) {
    const isValue = awaitsValue;
    awaitsValue = false;
    if (token.kind === "positional") {
      if (!isValue) {
        problems.push(`Unexpected argument ${JSON.stringify(token.value)}: every setting is a flag (--name value); see --help.`);
      }
    } else if (token.kind === "option") {
      const workflowOnly = WORKFLOW_ONLY[token.name];
      const own = Object.hasOwn(OWN_FLAGS, token.name) ? OWN_FLAGS[token.name] : void 0;
      awaitsValue = own?.type !== "boolean" && token.value === void 0;
      if (workflowOnly !== void 0) {
        problems.push(`Flag --${token.name} is an input of the action only: ${workflowOnly.why}.`);
      } else if (own?.type === "boolean" || own === void 0 && !flags.some((input) => input.name === token.name)) {
        if (own === void 0) problems.push(`Unknown flag ${token.rawName}: see --help for every flag.`);
        else if (token.value !== void 0) problems.push(`Flag --${token.name} takes no value.`);
        else switches.add(token.name);
      } else if (token.value === void 0) {
        problems.push(`Flag --${token.name} needs a value (--${token.name} <value> or --${token.name}=<value>).`);
      } else {
        given.set(token.name, token.value);
      }
    }
  }
  const format = switches.has("json") ? "json" : given.get("format") ?? "text";
  if (!OUTPUT_FORMATS.includes(format)) {
    problems.push(`Flag --format has value ${JSON.stringify(format)}: use one of ${OUTPUT_FORMATS.join(", ")}.`);
  }
  if (switches.has("json") && given.has("format") && given.get("format") !== "json") {
    problems.push(`Flags --json and --format ${given.get("format")} ask for two outputs: give one.`);
  }
  const raw = Object.fromEntries(
    inputs.map((input) => [input.name, WORKFLOW_ONLY[input.name]?.value ?? given.get(input.name) ?? input.default])
  );
  return {
    problems,
    request: {
      raw,
      baseGiven: given.has(Inputs.Base),
      format: OUTPUT_FORMATS.includes(format) ? format : "text",
      noColor: switches.has("no-color"),
      verbose: switches.has("verbose"),
      help: switches.has("help"),
      version: switches.has("version")
    }
  };
}
function inFlagWords(problem) {
  return problem.replaceAll(/\bInputs "([a-z-]+)" and "([a-z-]+)"/g, "Flags --$1 and --$2").replaceAll(/\bInput "([a-z-]+)"/g, "Flag --$1").replaceAll(/\bthe "([a-z-]+)" input\b/g, "the --$1 flag");
}
function summaryOf(description) {
  const text = description.replaceAll(/\s+/g, " ").trim();
  const end = text.search(/\.(\s+[A-Z`]|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
function flagLine(name, help, defaultValue, width) {
  const shown = defaultValue === "" ? "" : ` (default: ${defaultValue})`;
  return `  --${name.padEnd(width)}  ${help}${shown}`;
}
function helpText(inputs) {
  const flags = flagInputs(inputs);
  const width = Math.max(...[...flags.map((input) => input.name), ...Object.keys(OWN_FLAGS)].map((name) => name.length));
  return [
    "Usage: mutation-gate [flags]",
    "",
    "Mutation-tests the lines your branch changed (committed or not) against the merge base with the remote's default",
    "branch, and gates on the score, exactly as the mutation-gate action does on a pull request.",
    "",
    "Settings (the inputs of the action, with its defaults):",
    ...flags.map(
      (input) => flagLine(input.name, summaryOf(input.description), LOCAL_DEFAULTS[input.name] ?? input.default, width)
    ),
    "",
    "Output:",
    ...Object.entries(OWN_FLAGS).map(([name, flag]) => flagLine(name, flag.help, flag.type === "boolean" ? "" : flag.default, width)),
    "",
    "Exit codes: 0 pass or no mutants on the changed lines, 1 fail, 2 error (bad flags included)."
  ].join("\n");
}

// src/core/render/survivor-list.ts
function measuredReports(report) {
  return report.packages.length > 0 ? report.packages.map((entry) => entry.report) : [report];
}
function undetectedMutants(report) {
  return measuredReports(report).flatMap(
    (measured) => [...measured.survived, ...measured.uncovered].map((mutant) => ({
      path: `${measured.repositoryPrefix}${mutant.file}`,
      mutant,
      tests: measured.tests
    }))
  ).sort(
    (a, b) => Number(b.mutant.aiGated) - Number(a.mutant.aiGated) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.mutant.line - b.mutant.line || a.mutant.column - b.mutant.column
  );
}
function testsThatRan({ mutant, tests }) {
  return mutant.coveredBy.map((id) => {
    const test = tests.get(id);
    if (test === void 0) return id;
    const where = test.file === void 0 ? "" : ` (${test.line === void 0 ? test.file : `${test.file}:${test.line}`})`;
    return `${test.name}${where}`;
  });
}

// src/core/render/agent-brief.ts
var indented = (lines) => lines.map((line) => `      ${printable(line)}`).join("\n");
function renderBrief(report) {
  const head = `mutation-gate: ${report.verdict.kind}. ${printable(report.verdict.reason)}`;
  if (report.kind === "error") {
    return [head, ...report.details.map((line) => `  ${printable(line)}`), "", "Fix the error above and run the command again.", ""].join(
      "\n"
    );
  }
  const score = formatScore(report.score.total);
  const findings = report.findings.map(
    (finding) => `- [ ] ${printable(`${finding.path}${finding.line === void 0 ? "" : `:${finding.line}`}`)}: ${printable(finding.change)} Undo this change, or have someone other than its author approve it on the pull request.`
  );
  const shortfall = report.aiApprovals === void 0 ? void 0 : approvalShortfall(report.aiApprovals);
  if (shortfall !== void 0) {
    findings.unshift(
      `- [ ] Reviews: this AI-touched change ${printable(shortfall)}. A person must review and approve it; no code change does this.`
    );
  }
  const undetected = undetectedMutants(report);
  const tasks = undetected.map((entry, index) => {
    const { mutant } = entry;
    const tests = testsThatRan(entry);
    const ran = mutant.status === "NoCoverage" ? "no test runs this code" : tests.length === 0 ? "the test runner did not say which tests ran it" : `ran by ${tests.map(printable).join("; ")}, all of which still passed`;
    return [
      `${index + 1}. [ ] ${printable(`${entry.path}:${mutant.line}`)} (${mutant.class ?? "unknown"}${mutant.aiGated ? ", held to ai-threshold" : ""}; ${mutant.mutator}; ${mutant.status})`,
      "   original:",
      indented(mutant.diff.before),
      "   mutated:",
      indented(mutant.diff.after),
      `   tests: ${ran}.`,
      `   a test must: ${printable(hintFor(mutant))}`
    ].join("\n");
  });
  return [
    head,
    `Changed lines: ${report.score.total.mutants} mutant(s), ${report.score.total.detected} detected (${score === "" ? "n/a" : `${score}%`}); AI-touched: ${report.aiScore.total.mutants} mutant(s), ${report.aiScore.total.detected} detected.`,
    ...findings.length === 0 ? [] : ["", `Before the tests (${findings.length}):`, ...findings],
    "",
    undetected.length === 0 ? "No mutant went unnoticed: nothing to do for the tests." : `Mutants no test noticed (${undetected.length}). For each, add or strengthen a test so that the mutated code makes it fail:`,
    ...tasks,
    ""
  ].join("\n");
}

// src/core/render/terminal-report.ts
var SHOWN_IN_FULL = 20;
var DIFF_LINES = 4;
var TESTS_SHOWN = 3;
var COLUMN = 10;
function verdictLine(report, paint) {
  const { kind, reason } = report.verdict;
  const label = { pass: paint.green("PASS"), fail: paint.red("FAIL"), "no-mutants": paint.yellow("NO MUTANTS"), error: paint.red("ERROR") }[kind];
  return `${paint.bold(`mutation-gate: ${label}`)}  ${printable(reason)}`;
}
function scoreText(counts) {
  const score = formatScore(counts);
  return score === "" ? "n/a" : `${score}%`;
}
function scoreRow(name, counts, gate) {
  const cells = [counts.mutants, counts.killed, counts.timeout, counts.survived, counts.noCoverage].map(
    (count) => String(count).padStart(COLUMN)
  );
  return `  ${name.padEnd(14)}${cells.join("")}${scoreText(counts).padStart(9)}  ${gate}`;
}
function scoreTable(report, paint) {
  const aiGate = report.gating.detection === "off" ? "ai-threshold off" : `ai-threshold ${formatPercent(report.config.aiThreshold)}`;
  return [
    paint.dim(
      `  ${"lines".padEnd(14)}${["mutants", "killed", "timeout", "survived", "no cov."].map((head) => head.padStart(COLUMN)).join("")}${"score".padStart(9)}`
    ),
    scoreRow("AI-touched", report.aiScore.total, aiGate),
    scoreRow("other", report.otherScore.total, ""),
    scoreRow("all changed", report.score.total, `threshold ${formatPercent(report.config.threshold)}`)
  ];
}
function clipped(lines, sign) {
  const shown = lines.slice(0, DIFF_LINES).map((line) => `${sign} ${printable(line)}`);
  return lines.length > DIFF_LINES ? [...shown, `${sign} \u2026 ${lines.length - DIFF_LINES} more line(s)`] : shown;
}
function testsLine(entry) {
  if (entry.mutant.status === "NoCoverage") return "no test ran it";
  const names = testsThatRan(entry);
  if (names.length === 0) return "the test runner did not say which tests ran it";
  const more = names.length > TESTS_SHOWN ? `, and ${names.length - TESTS_SHOWN} more` : "";
  return `ran by ${names.slice(0, TESTS_SHOWN).map(printable).join(", ")}${more}, which still passed`;
}
function headline(entry, paint) {
  const { mutant } = entry;
  const status = mutant.status === "NoCoverage" ? "no coverage" : "survived";
  return `${paint.bold(printable(`${entry.path}:${mutant.line}`))}  ${mutant.class ?? "unknown"} \xB7 ${mutant.mutator} \xB7 ${status}`;
}
function survivorBlock(entry, paint) {
  const { diff } = entry.mutant;
  return [
    "",
    `  ${headline(entry, paint)}`,
    ...clipped(diff.before, "-").map((line) => `    ${paint.red(line)}`),
    ...clipped(diff.after, "+").map((line) => `    ${paint.green(line)}`),
    `    ${printable(hintFor(entry.mutant))}`,
    `    ${paint.dim(testsLine(entry))}`
  ];
}
function survivorSection(report, paint) {
  const undetected = undetectedMutants(report);
  if (undetected.length === 0) return [];
  const rest = undetected.slice(SHOWN_IN_FULL);
  return [
    "",
    paint.bold(`Mutants no test noticed (${undetected.length}), AI-touched first:`),
    ...undetected.slice(0, SHOWN_IN_FULL).flatMap((entry) => survivorBlock(entry, paint)),
    ...rest.length === 0 ? [] : ["", `  and ${rest.length} more:`, ...rest.map((entry) => `  ${headline(entry, paint)}`)]
  ];
}
function findingSection(report, paint) {
  if (report.findings.length === 0) return [];
  return [
    "",
    paint.yellow(paint.bold(`The change alters its own measurement (${report.findings.length}); on a pull request this needs approval:`)),
    ...report.findings.map(
      (finding) => `  ${printable(`${finding.path}${finding.line === void 0 ? "" : `:${finding.line}`} ${finding.change}`)}`
    )
  ];
}
function notMutatedSection(report, paint) {
  if (report.notMutated.length === 0) return [];
  return [
    "",
    paint.dim(
      `Changed files not mutated (${report.notMutated.length}): ${report.notMutated.map((file) => printable(file.path)).join(", ")}`
    )
  ];
}
function renderTerminalReport(report, { paint, gateReport, htmlReport }) {
  const reports = [gateReport === "" ? "" : `JSON report: ${gateReport}`, htmlReport === "" ? "" : `HTML report: ${htmlReport}`];
  const where = reports.filter((line) => line !== "").map((line) => paint.dim(line));
  if (report.kind === "error") {
    return [verdictLine(report, paint), ...report.details.map((line) => `  ${printable(line)}`), ...where, ""].join("\n");
  }
  const { comparison } = report;
  return [
    verdictLine(report, paint),
    paint.dim(
      `Compared with ${printable(comparison.base)} (merge base ${comparison.mergeBase.slice(0, 12)}), ${report.aiLines} AI-touched changed line(s).`
    ),
    "",
    ...scoreTable(report, paint),
    ...findingSection(report, paint),
    ...survivorSection(report, paint),
    ...notMutatedSection(report, paint),
    "",
    ...where,
    ""
  ].join("\n");
}

// src/pipeline/local-change.ts
var USUAL_DEFAULT_BRANCHES = ["main", "master"];
async function localBase(git) {
  if (await git.resolveCommit("origin/HEAD") !== void 0) {
    return { ref: "origin/HEAD", source: "the remote's default branch (origin/HEAD)" };
  }
  for (const branch of USUAL_DEFAULT_BRANCHES) {
    if (await git.resolveCommit(branch) !== void 0) return { ref: branch, source: `branch ${branch} (there is no origin/HEAD)` };
  }
  throw new GateError(
    "Nothing to compare with: the repository has no origin/HEAD, main or master. Pass --base with the branch or commit the change started from (for example --base develop)."
  );
}

// src/command.ts
var ACTION_ROOT = fileURLToPath(new URL("..", import.meta.url));
var EXIT_CODES = { pass: 0, "no-mutants": 0, fail: 1, error: 2 };
var FLAG_WORDS = { settings: "flag(s)", problem: inFlagWords };
async function defaultStateDir(config, cwd, env) {
  const cache = env.XDG_CACHE_HOME || join3(homedir(), ".cache");
  const key = createHash("sha256").update(`${await realpath(cwd)}
${config.workingDirectory}`).digest("hex").slice(0, 16);
  return join3(cache, "mutation-gate", "state", key);
}
async function localRun(config, request, io, runFiles, ports) {
  const root = await ports.git(io.cwd).topLevel();
  const snapshot = await commitWorkingTree(root);
  const { agent } = await (0, import_detect_agent.determineAgent)();
  if (snapshot !== void 0) {
    ports.log.info(
      `Uncommitted changes are measured too (as commit ${snapshot.slice(0, 12)}, which no branch names); ${agent === void 0 ? "no coding agent marks this environment" : `the command runs inside ${agent.name}`}.`
    );
  }
  return {
    config,
    event: decodeEvent("", {}),
    workspace: io.cwd,
    runFiles,
    workflowPath: void 0,
    eventCommit: void 0,
    local: {
      base: request.baseGiven ? void 0 : await localBase(ports.git(root)),
      uncommitted: snapshot === void 0 ? void 0 : { sha: snapshot, agent: agent?.name }
    }
  };
}
function rendered(report, request, paint, paths) {
  if (request.format === "json") return gateReportText(buildGateReport(report));
  if (request.format === "brief") return renderBrief(report);
  return renderTerminalReport(report, { paint, ...paths });
}
async function runCommand(args, io) {
  const inputs = await declaredInputs(ACTION_ROOT);
  const { request, problems } = parseCliArguments(args, inputs);
  const settings = settingsOf(request.raw, process.version, FLAG_WORDS);
  if (problems.length > 0) {
    const all = [...problems, ..."stop" in settings ? settings.stop.details : []];
    io.stderr.write(`mutation-gate: ${all.length} problem(s) with the command line, so nothing was run:
`);
    for (const problem of all) io.stderr.write(`  ${problem}
`);
    return EXIT_CODES.error;
  }
  if (request.help) {
    io.stdout.write(`${helpText(inputs)}
`);
    return 0;
  }
  if (request.version) {
    const { version } = JSON.parse(await readFile2(join3(ACTION_ROOT, "package.json"), "utf8"));
    io.stdout.write(`${version}
`);
    return 0;
  }
  const paint = paintFor(io.stdout, request.noColor, io.env);
  const log = terminalLog(io.stderr, {
    interactive: io.stderr.isTTY === true,
    verbose: request.verbose,
    paint: paintFor(io.stderr, request.noColor, io.env)
  });
  let report;
  const runFiles = await createRunFiles();
  if ("stop" in settings) {
    report = settings.stop;
  } else {
    const config = settings.config.reuse && settings.config.stateDir === void 0 ? Object.freeze({ ...settings.config, stateDir: await defaultStateDir(settings.config, io.cwd, io.env) }) : settings.config;
    if (config.reuse && config.stateDir !== void 0) await mkdir(resolve2(io.cwd, config.stateDir), { recursive: true });
    const ports = localGatePorts(
      log,
      { apiUrl: "", token: "", repository: void 0 },
      bundledStrykerPlaces(join3(ACTION_ROOT, "bundled-stryker"))
    );
    report = await decide(config, () => localRun(config, request, io, runFiles, ports), ports);
  }
  await writeGateReport(runFiles.gateReportPath, buildGateReport(report));
  const htmlReport = await fileExists(runFiles.htmlReportPath) ? runFiles.htmlReportPath : "";
  if (request.format !== "text")
    log.info(`Gate report: ${runFiles.gateReportPath}${htmlReport === "" ? "" : `; Stryker's HTML report: ${htmlReport}`}`);
  io.stdout.write(rendered(report, request, paint, { gateReport: runFiles.gateReportPath, htmlReport }));
  return EXIT_CODES[report.verdict.kind];
}

// src/cli.ts
process.exitCode = await runCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
});
//# sourceMappingURL=cli.js.map
