import { createRequire as __gateRequire } from 'node:module'; const require = __gateRequire(import.meta.url);
import {
  COMMAND_RUNNER,
  FINDING_TITLES,
  Inputs,
  NOT_MUTATED_REASONS,
  Outputs,
  SOURCE_FILE,
  StepFailure,
  actionOutputs,
  addDevCommand,
  buildGateReport,
  bundledStrykerPlaces,
  codeBlock,
  createClient,
  createRunFiles,
  debug,
  decide,
  decodeEvent,
  describeFailure,
  encodePath,
  error,
  errorReport,
  escapeMarkdown,
  fileExists,
  formatPercent,
  formatScore,
  getInput,
  group,
  hintFor,
  httpAnswer,
  info,
  inlineCode,
  link,
  localGatePorts,
  meetsThreshold,
  needsApprovals,
  packageRunFiles,
  quote,
  readGateEvent,
  reuseLines,
  setFailed,
  setOutput,
  setOutputs,
  setSecret,
  settingsOf,
  step,
  tableRow,
  truncate,
  unexpectedAnswer,
  warning,
  writeGateReport,
  writeJobSummary
} from "./chunks/chunk-CW4CRXJA.js";
import "./chunks/chunk-EA3QGTPI.js";

// src/main.ts
import { fileURLToPath } from "node:url";

// src/adapters/action-inputs.ts
function readRawInputs(getInput2 = (name) => getInput(name)) {
  const names = Object.values(Inputs);
  return Object.fromEntries(names.map((name) => [name, getInput2(name)]));
}

// src/adapters/annotations.ts
function emitAnnotations(annotations) {
  for (const annotation of annotations) {
    const properties = { file: annotation.file, startLine: annotation.line, title: annotation.title };
    if (annotation.level === "error") error(annotation.message, properties);
    else warning(annotation.message, properties);
  }
}

// src/adapters/log.ts
import { randomUUID } from "node:crypto";
async function withoutWorkflowCommands(work) {
  const token = randomUUID();
  info(`::stop-commands::${token}`);
  try {
    return await work();
  } finally {
    info(`::${token}::`);
  }
}
var oneLine = (message) => message.replaceAll(/\r\n|\r|\n/g, "\\n");
var actionsLog = {
  info: (message) => info(oneLine(message)),
  warning: (message) => warning(message),
  debug: (message) => debug(message),
  untrustedGroup: (title, work) => group(title, () => withoutWorkflowCommands(() => work((line) => info(line))))
};
async function printUntrusted(lines) {
  await withoutWorkflowCommands(async () => {
    for (const line of lines) info(line);
  });
}

// src/core/render/approval-sections.ts
var who = (logins) => logins.map((login) => escapeMarkdown(`@${login}`)).join(", ");
function notCounted(check) {
  if (check.unavailable !== void 0)
    return [`- No review could be counted: ${escapeMarkdown(check.unavailable)}. The requirement stands.`];
  return check.refused.map(({ login, why }) => `- Not counted: ${who([login])}, ${escapeMarkdown(why)}`);
}
function approvalSection(report) {
  const check = report.aiApprovals;
  if (check === void 0) return [];
  const lines = `${check.aiLines} AI-touched changed line(s)`;
  if (!needsApprovals(check)) {
    return ["", `**ai-approvals**: ${lines}, under ai-approvals-min-lines ${check.minLines}: no approval needed.`];
  }
  const met = check.approvers.length >= check.required;
  return [
    "",
    met ? `### \u{1F465} AI-touched change approved by ${check.approvers.length} of the ${check.required} needed` : `### \u{1F465} AI-touched change: needs ${check.required} approval(s) from people who did not write it, has ${check.approvers.length}`,
    "",
    `${lines} (ai-approvals-min-lines ${check.minLines}), so ai-approvals asks for ${check.required} approving review(s) of the head commit, each the reviewer\u2019s latest, by distinct people with write access who are not the author, a bot, or an author or co-author of any commit here.${met ? "" : " Until then the gate fails, whatever the tests score."}`,
    "",
    ...check.approvers.length === 0 ? [] : [`- Counted: ${who(check.approvers)}`],
    ...notCounted(check)
  ];
}

// src/core/render/budget-lines.ts
var percent = (value) => `${value.toFixed(2)}%`;
function budgetLines(report) {
  const { budget } = report;
  if (budget === void 0) return [];
  const lines = [""];
  const perLine = budget.perLine === 1 ? `one mutant per changed line (mutants-per-line: 1, the mutators most likely to reveal a weak test first): ${budget.afterPerLine} of the ${budget.made} mutant(s) Stryker made` : "";
  if (budget.strata === void 0) {
    lines.push(`**Budget**: ${perLine === "" ? `all ${budget.made} mutant(s) Stryker made were tested` : `tested ${perLine}`}.`);
    return lines;
  }
  const sampled = budget.strata.reduce((sum, stratum) => sum + stratum.sampled, 0);
  const drawn = `**Sampled**: this verdict comes from a random sample of ${sampled} of the ${budget.afterPerLine} mutant(s) ${perLine === "" ? "Stryker made on the changed lines" : `left by ${perLine}`} (max-mutants ${budget.maxMutants}), stratified by file and class in ${budget.strata.length} strata, drawn the same for the same change.`;
  lines.push(drawn);
  const { estimates } = budget;
  const estimateLines = [
    ["All changed lines", estimates?.total],
    ["AI-touched", estimates?.ai],
    ["Other", estimates?.other]
  ].flatMap(
    ([what, estimate]) => estimate === void 0 ? [] : [
      `- ${what}: an estimated ${percent(estimate.score)}, 95% interval ${percent(estimate.low)} to ${percent(estimate.high)} (${estimate.tested} valid mutant(s) tested)`
    ]
  );
  if (estimateLines.length > 0) {
    lines.push(
      "",
      ...estimateLines,
      "",
      `A sampled score passes only when its interval's lower bound reaches the threshold: the change does not pass by the luck of the draw. The score tables below count the sampled mutants only. ${escapeMarkdown("Raise max-mutants (or remove it) for a narrower interval.")}`
    );
  }
  return lines;
}

// src/core/render/change-sections.ts
function evidenceGroups(lines) {
  const groups = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const key = `${line.class} ${line.evidence}`;
    const group2 = groups.get(key) ?? { line, count: 0 };
    group2.count += 1;
    groups.set(key, group2);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).map(({ line, count }) => `- **${line.class}**, ${count} line(s): ${escapeMarkdown(line.evidence)}`);
}
function noMarkerNote(report, lines) {
  if (report.gating.detection === "off") {
    return `AI detection is off (${inlineCode("ai-detection: off")}): none of the ${lines} changed line(s) is held to ai-threshold.`;
  }
  const gatedAs = report.gating.unknownAs === "ai" ? "AI-touched" : "other lines";
  return `**No AI marker found** on the ${lines} changed line(s); this does not mean a person wrote them. Lines without evidence are gated as ${gatedAs} (unknown-as: ${report.gating.unknownAs}). To hold this change to ai-threshold, add a PR label such as ${inlineCode(report.config.aiLabels[0] ?? "ai-generated")} or set ${inlineCode("ai-detection: all")}.`;
}
function attributionSection(report) {
  const lines = [...report.attribution.values()].flatMap((file) => [...file.values()]);
  if (lines.length === 0) return [];
  const { checked, unavailable } = report.signals;
  const signals = [
    ...checked.map((signal) => `- checked: ${escapeMarkdown(signal)}`),
    ...unavailable.map((signal) => `- not available: ${escapeMarkdown(signal)}`)
  ];
  const detected = lines.some((line) => line.class === "ai");
  const intro = detected ? [] : ["", noMarkerNote(report, lines.length)];
  return [
    ...intro,
    "",
    "<details><summary>Attribution: why each changed line has its class</summary>",
    "",
    ...evidenceGroups(lines),
    "",
    "Signals:",
    ...signals,
    "",
    "</details>"
  ];
}
function notMutatedItem(file) {
  return `- ${inlineCode(file.path)}: ${NOT_MUTATED_REASONS[file.reason]}${file.pattern === void 0 ? "" : ` ${inlineCode(file.pattern)}`}`;
}
function notMutatedSection(report) {
  const lines = report.notMutated.map(notMutatedItem);
  if (lines.length === 0) return [];
  return ["", `<details><summary>Changed files not mutated (${lines.length})</summary>`, "", ...lines, "", "</details>"];
}

// src/core/render/finding-sections.ts
var HOW_TO_APPROVE = "To approve: a person other than the pull request's author, with write access, reads the findings and submits an approving review of the head commit; the gate re-runs on the review (the workflow needs the <code>pull_request_review</code> trigger).";
function where(finding) {
  return inlineCode(finding.line === void 0 ? finding.path : `${finding.path}:${finding.line}`);
}
function approvalLine(report) {
  const { approval } = report;
  if (approval?.state === "approved") return `**Approved** by ${escapeMarkdown(approval.by)}: the score decides the verdict.`;
  const reason = approval === void 0 ? "nobody was asked" : approval.reason;
  return `**Not approved** (${escapeMarkdown(reason)}), so the gate fails. ${HOW_TO_APPROVE}`;
}
function findingsSection(report) {
  if (report.findings.length === 0) return [];
  return [
    "",
    `### \u{1F6A9} ${report.findings.length} finding(s): this change alters how it is measured`,
    "",
    approvalLine(report),
    "",
    ...report.findings.map((finding) => `- **${FINDING_TITLES[finding.kind]}** ${where(finding)}: ${escapeMarkdown(finding.change)}`)
  ];
}
function testRunSection(report) {
  if (report.testRunChanges.length === 0) return [];
  return [
    "",
    "**\u2139\uFE0F This change alters how tests run** (this alone does not fail the gate; check that the tests still test):",
    ...report.testRunChanges.map((change) => `- ${inlineCode(change.path)}: ${escapeMarkdown(change.change)}`)
  ];
}
function unmeasuredSourceSection(report) {
  const files = report.notMutated.filter((file) => SOURCE_FILE.test(file.path));
  if (files.length === 0) return [];
  return ["", `**Changed source not measured (${files.length}):**`, ...files.map(notMutatedItem)];
}

// src/core/render/flaky-sections.ts
var runsWord = (runs) => `${runs} run${runs === 1 ? "" : "s"} of the whole suite with no mutant active`;
function flakyCheckLines(check) {
  switch (check?.kind) {
    case void 0:
    case "not-needed":
      return [];
    case "off":
      return ["", "Flaky tests were not looked for (flaky-check: 0): a test that fails on its own counts as having noticed a mutant."];
    case "fails-anyway":
      return [
        "",
        "Flaky tests were not looked for: the gate fails even counting every kill, and a flaky test can only add kills (the scores may count some of theirs). They are looked for once the change would pass."
      ];
    case "checked":
      if (check.tests.length === 0) return ["", `Flaky tests: none. Every test passed in ${runsWord(check.runs)}.`];
      return [
        "",
        `\u26A0\uFE0F **${check.tests.length} flaky test(s)** failed in ${runsWord(check.runs)}: their failures do not count as kills, and ${check.discounted.length} mutant(s) that only they failed on count as survived (listed below).`
      ];
  }
}
function testWords(test, runs) {
  const where2 = test.file === void 0 ? "" : ` in ${inlineCode(test.file)}`;
  return `- ${inlineCode(test.name)}${where2}: failed in ${test.failures} of ${runs} run(s)`;
}
function flakySection(check, folder) {
  if (check?.kind !== "checked" || check.tests.length === 0) return [];
  const lines = [
    "",
    `### Flaky tests${folder === void 0 ? "" : ` in ${inlineCode(folder)}`} (${check.tests.length})`,
    "",
    `These tests failed in ${runsWord(check.runs)}, so a failure of theirs says nothing about a mutant. A test also fails there when it reacts to Stryker switching a mutant on at all, not to what the mutant changes.`,
    "",
    ...check.tests.map((test) => testWords(test, check.runs))
  ];
  if (check.discounted.length > 0) {
    lines.push(
      "",
      "Mutants that only these tests failed on, counted as survived:",
      "",
      ...check.discounted.map(
        (kill) => `- ${inlineCode(`${kill.file}:${kill.line}`)} \xB7 ${escapeMarkdown(kill.mutatorName)}: failed only ${kill.tests.map(inlineCode).join(", ")}`
      )
    );
  }
  return lines;
}

// src/core/render/isolation-lines.ts
var WHAT_IT_MEANT = {
  "separate-user": "the code under test ran as a user of its own in Stryker's own PID namespace, without the gate's token, inputs or workflow files; it could not see the gate or read its files, could write only the project, the run's own files and what every user may, and nothing it started outlived Stryker",
  "pid-namespace": "the code under test ran in Stryker's own PID namespace, without the gate's token, inputs or workflow files; it could not see the gate, and nothing it started outlived Stryker",
  "process-group": "the code under test ran without the gate's token, inputs or workflow files, but could see the gate's process; processes it started outside Stryker's process group were looked for by a marker only"
};
function isolationLines(report) {
  const { isolation } = report;
  if (isolation === void 0) return [];
  return ["", `Isolation: **${isolation.level}**: ${WHAT_IT_MEANT[isolation.level]} (${escapeMarkdown(isolation.detail)}).`];
}

// src/core/render/mutant-sections.ts
var CODE_PREVIEW_CHARS = 120;
var DIFF_LINES = 6;
var DIFF_LINE_CHARS = 160;
var TESTS_SHOWN = 5;
var OPEN_SURVIVORS = 10;
function codePreview(code) {
  return inlineCode(truncate(code.replaceAll(/\s+/g, " ").trim(), CODE_PREVIEW_CHARS));
}
function location(mutant, links) {
  const text = `${mutant.file}:${mutant.line}`;
  if (links === void 0) return inlineCode(text);
  const path = encodePath(`${links.repositoryPrefix}${mutant.file}`);
  return link(text, `${links.serverUrl}/${encodePath(links.repository)}/blob/${links.sha}/${path}#L${mutant.line}`);
}
function testName(test) {
  const where2 = test.file === void 0 ? "" : ` (${escapeMarkdown(test.line === void 0 ? test.file : `${test.file}:${test.line}`)})`;
  return `${inlineCode(test.name)}${where2}`;
}
function testList(ids, tests) {
  const named = ids.slice(0, TESTS_SHOWN).map((id) => testName(tests.get(id) ?? { id, name: id, file: void 0, line: void 0 }));
  const more = ids.length > TESTS_SHOWN ? `, and ${ids.length - TESTS_SHOWN} more` : "";
  return `${named.join(", ")}${more}`;
}
function diffLines(prefix, lines) {
  const shown = lines.slice(0, DIFF_LINES).map((line) => `${prefix} ${truncate(line, DIFF_LINE_CHARS)}`);
  return lines.length > DIFF_LINES ? [...shown, `${prefix} \u2026 ${lines.length - DIFF_LINES} more line(s)`] : shown;
}
function headline(mutant, links) {
  return `${location(mutant, links)} \xB7 **${mutant.class ?? "unknown"}** \xB7 ${escapeMarkdown(mutant.mutator)}`;
}
function survivorDetail(mutant, tests, links) {
  const ranBy = mutant.coveredBy.length === 0 ? "- Tests that ran it: not reported by the test runner." : `- Tests that ran it and still passed: ${testList(mutant.coveredBy, tests)}`;
  return [
    "",
    `${headline(mutant, links)}: ${escapeMarkdown(hintFor(mutant))}`,
    "",
    ...codeBlock("diff", [...diffLines("-", mutant.diff.before), ...diffLines("+", mutant.diff.after)]),
    "",
    ranBy,
    ...mutant.evidence === void 0 ? [] : [`- Class ${mutant.class ?? "unknown"}: ${escapeMarkdown(mutant.evidence)}`]
  ];
}
function mutantLine(mutant, links) {
  return `- ${headline(mutant, links)}: ${codePreview(mutant.original)} \u2192 ${codePreview(mutant.replacement)}`;
}
function folded(title, lines) {
  return lines.length === 0 ? [] : ["", `<details><summary>${title}</summary>`, ...lines, "", "</details>"];
}
function survivorSection(survivors, tests, links, compact) {
  if (survivors.length === 0) return [];
  const intro = [
    "",
    `### Surviving mutants (${survivors.length})`,
    "Tests ran this code, yet none failed when it changed like this: each is a realistic bug the tests would let through."
  ];
  if (compact) return [...intro, "", ...survivors.map((mutant) => mutantLine(mutant, links))];
  const open = survivors.slice(0, OPEN_SURVIVORS).flatMap((mutant) => survivorDetail(mutant, tests, links));
  const rest = survivors.slice(OPEN_SURVIVORS).flatMap((mutant) => survivorDetail(mutant, tests, links));
  return [...intro, ...open, ...folded(`${survivors.length - OPEN_SURVIVORS} more surviving mutant(s)`, rest)];
}
function uncoveredSection(uncovered, links) {
  if (uncovered.length === 0) return [];
  const lines = uncovered.map((mutant) => mutantLine(mutant, links));
  const intro = ["", `### Uncovered mutants (${uncovered.length})`, "No test runs these lines at all."];
  return uncovered.length > OPEN_SURVIVORS ? [...intro, ...folded(`${uncovered.length} uncovered mutant(s)`, ["", ...lines])] : [...intro, "", ...lines];
}
function silentTestSection(silent) {
  if (silent.length === 0) return [];
  const lines = silent.map(({ test, covered }) => `- ${testName(test)}: ran ${covered} mutant(s) of the changed code and failed on none`);
  return [
    "",
    `### \u{1F507} Tests that noticed nothing (${silent.length})`,
    "These tests execute the changed code, but not one of the mutants they ran made them fail: they do not check what that code does.",
    "",
    ...lines
  ];
}
function testTallySection(tally, everyTest) {
  if (tally.length === 0 || !everyTest) return [];
  return [
    "",
    `<details><summary>Tests of the changed code (${tally.length}): the mutants each ran, and noticed</summary>`,
    "",
    "Every test that covers a mutant ran against it.",
    "",
    tableRow(["Test", "Mutants it ran", "Noticed"]),
    tableRow(["---", "---:", "---:"]),
    ...tally.map((entry) => tableRow([testName(entry.test), String(entry.ran), String(entry.noticed)])),
    "",
    "</details>"
  ];
}

// src/core/render/score-tables.ts
function scoreCell(counts) {
  const score = formatScore(counts);
  return score === "" ? "n/a" : `${score}%`;
}
function changedLines(score) {
  return score.files.reduce((sum, file) => sum + file.changedLines, 0);
}
function countCells(counts) {
  return [
    String(counts.mutants),
    String(counts.killed),
    String(counts.timeout),
    String(counts.survived),
    String(counts.noCoverage),
    scoreCell(counts)
  ];
}
function gateCell(counts, threshold) {
  if (counts.mutants === 0) return "\u2796 no mutants";
  return meetsThreshold(counts, threshold) ? "\u2705 pass" : "\u274C fail";
}
function splitTable(report) {
  const { config, aiScore, otherScore, score } = report;
  const aiThreshold = report.gating.detection === "off" ? "off" : formatPercent(config.aiThreshold);
  const aiGate = report.gating.detection === "off" ? "" : gateCell(aiScore.total, config.aiThreshold);
  const header = tableRow([
    "Lines",
    "Changed lines",
    "Mutants",
    "Killed",
    "Timeout",
    "Survived",
    "No coverage",
    "Score",
    "Threshold",
    "Gate"
  ]);
  return [
    header,
    tableRow(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"]),
    tableRow(["**AI-touched**", String(changedLines(aiScore)), ...countCells(aiScore.total), aiThreshold, aiGate]),
    tableRow(["Other", String(changedLines(otherScore)), ...countCells(otherScore.total), "", ""]),
    tableRow([
      "**All changed lines**",
      String(changedLines(score)),
      ...countCells(score.total),
      formatPercent(config.threshold),
      gateCell(score.total, config.threshold)
    ])
  ];
}
function fileTable(report) {
  const header = tableRow(["File", "Class", "Changed lines", "Mutants", "Killed", "Timeout", "Survived", "No coverage", "Score"]);
  const rows = report.files.map(
    (file) => tableRow([inlineCode(file.path), file.class, String(file.changedLines), ...countCells(file.counts)])
  );
  return [header, tableRow(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]), ...rows];
}

// src/core/render/setup-lines.ts
function runnerWords(setup) {
  const { testRunner, runnerPlugin } = setup;
  if (testRunner === void 0) return "a test runner Stryker did not name";
  const plugin = runnerPlugin === void 0 ? "" : ` (${inlineCode(runnerPlugin.name)} ${escapeMarkdown(runnerPlugin.version)})`;
  return `the ${inlineCode(testRunner.name)} test runner${plugin}, ${escapeMarkdown(testRunner.coverageAnalysis)} coverage analysis`;
}
var NARROWING_RUNNERS = /* @__PURE__ */ new Set(["jest", "vitest"]);
function setupLines(report) {
  const { setup } = report;
  if (setup === void 0) return [];
  const unreached = setup.unreachedByTests ?? [];
  const narrowing = NARROWING_RUNNERS.has(setup.testRunner?.name.toLowerCase() ?? "");
  const wholeSuite = narrowing && unreached.length > 0 ? [
    "",
    `No test imports ${unreached.map(inlineCode).join(", ")}, so the initial test run was the whole suite, not only the tests related to the changed files.`
  ] : [];
  return [...configLines(setup), ...wholeSuite];
}
function configLines(setup) {
  const version = `Stryker ${escapeMarkdown(setup.strykerVersion ?? "(version unknown)")}`;
  const stryker = setup.bundled === void 0 ? version : `${version} (brought by the gate, with its ${escapeMarkdown(setup.bundled)} set)`;
  if (setup.config !== void 0)
    return ["", `Measured by ${stryker} with ${runnerWords(setup)}, configured by ${inlineCode(setup.config)}.`];
  const commandRunner = "its command runner ran the project's test command (npm test) whole for every mutant: each mutant costs a full test run, and which tests ran it is unknown";
  const noConfig = "**No Stryker config** at the merge base";
  const detection = setup.detected;
  const found = detection?.detected;
  if (detection === void 0 || found === void 0) {
    const ran = setup.testRunner === void 0 || setup.testRunner.name === COMMAND_RUNNER ? commandRunner : `it ran ${runnerWords(setup)}`;
    return [
      "",
      `${noConfig}, and no test runner detected: ${stryker} ran with its defaults, so ${ran}. Commit a Stryker config that names the project's test runner (for example ${inlineCode('{ "testRunner": "vitest" }')} with ${inlineCode("@stryker-mutator/vitest-runner")} installed) to run each mutant with only the tests that cover it.`
    ];
  }
  const detected = `the gate detected ${escapeMarkdown(found.runner)} (${escapeMarkdown(found.evidence)})`;
  if (detection.missingPlugin !== void 0) {
    return [
      "",
      `${noConfig}: ${detected}, but ${inlineCode(detection.missingPlugin)} is not installed, so ${stryker} ran with its defaults: ${commandRunner}. Install it (${inlineCode(addDevCommand(setup.packageManager ?? "npm", [detection.missingPlugin]))}) to run each mutant with only the tests that cover it.`
    ];
  }
  if (found.runner === "node:test" && found.command !== void 0) {
    return [
      "",
      `${noConfig}: ${detected}, which has no Stryker plugin, so ${stryker} ran ${inlineCode(found.command)} (the test script's node --test command, without what runs around it) with its command runner, whole for every mutant: each mutant costs a full test run, and which tests ran it is unknown. Commit this config as ${inlineCode("stryker.config.json")} to pin it: ${inlineCode(JSON.stringify(detection.config))}.`
    ];
  }
  if (found.runner === "node:test") {
    return ["", `${noConfig}: ${detected}, which has no Stryker plugin, so ${stryker} ran with its defaults: ${commandRunner}.`];
  }
  return [
    "",
    `${noConfig}: ${detected} and ran ${stryker} with ${runnerWords(setup)}. Commit this config as ${inlineCode("stryker.config.json")} to pin it: ${inlineCode(JSON.stringify(detection.config))}.`
  ];
}

// src/core/render/package-sections.ts
var ALONE = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  "no-mutants": "\u2796 no mutants",
  error: "\u26A0\uFE0F error"
};
function packageLines(report) {
  const { packages } = report;
  if (packages.length === 0) return [];
  const rows = packages.map(
    ({ folder, report: alone }) => tableRow([
      inlineCode(folder),
      String(alone.changedLines.reduce((sum, file) => sum + file.lines.length, 0)),
      String(alone.score.total.mutants),
      scoreCell(alone.score.total),
      String(alone.aiScore.total.mutants),
      scoreCell(alone.aiScore.total),
      ALONE[alone.verdict.kind]
    ])
  );
  return [
    "",
    `**${packages.length} workspace packages** hold the changed source. Each was measured with its own Stryker setup, one after another; the verdict counts the changed lines of all of them together.`,
    "",
    tableRow(["Package", "Changed lines", "Mutants", "Score", "AI-touched mutants", "AI-touched score", "Verdict on its own"]),
    tableRow(["---", "---:", "---:", "---:", "---:", "---:", "---"]),
    ...rows,
    ...packages.flatMap(({ folder, report: alone }) => {
      const measured = [...setupLines(alone), ...flakyCheckLines(alone.flaky), ...isolationLines(alone)];
      return measured.length === 0 ? [] : ["", `**In ${inlineCode(folder)}:**`, ...measured];
    })
  ];
}
function packageFlakySections(report) {
  return report.packages.flatMap(({ folder, report: alone }) => flakySection(alone.flaky, folder));
}

// src/core/render/recheck-sections.ts
function whatBecameOf(check) {
  switch (check.outcome) {
    case "confirmed":
      return "timed out again with three times the time: counted as detected";
    case "rerun":
      return check.status === "Killed" ? "a test failed on the re-run: counted as killed" : `${escapeMarkdown(check.status)} on the re-run, and counted so`;
    case "not-rerun":
      return "not made again by the re-run, so unconfirmed: counted as not detected";
    case "detected":
      return "not re-run: counted as detected (timeouts: detected)";
    case "survived":
      return "not re-run: counted as not detected (timeouts: survived)";
  }
}
function timeoutSection(timeouts) {
  if (timeouts.length === 0) return [];
  return [
    "",
    `### Timeouts (${timeouts.length})`,
    "",
    "Stryker stopped the tests of these mutants for running too long: a detection when the mutant makes the code loop, or a busy machine.",
    "",
    ...timeouts.map(
      (check) => `- ${inlineCode(`${check.file}:${check.line}`)} \xB7 ${escapeMarkdown(check.mutatorName)}: ${whatBecameOf(check)}`
    )
  ];
}
function unjudgedSection(unjudged) {
  if (unjudged.length === 0) return [];
  return [
    "",
    `### Judged by no test (${unjudged.length})`,
    "",
    "Stryker reported these as survivors, but their run completed no test, or fewer than cover them, so nothing said the tests would miss them. Each ran again:",
    "",
    ...unjudged.map((mutant) => {
      const tests = mutant.coveredBy === void 0 ? `${mutant.testsCompleted} test(s) completed` : `${mutant.testsCompleted} of ${mutant.coveredBy} covering test(s) completed`;
      const became = mutant.outcome === "judged" ? `judged by the re-run: ${escapeMarkdown(mutant.status)}, and counted so` : "judged by no test again: left out of the score, and the gate fails until it can be measured";
      return `- ${inlineCode(`${mutant.file}:${mutant.line}`)} \xB7 ${escapeMarkdown(mutant.mutatorName)}: ${tests}; ${became}`;
    })
  ];
}

// src/core/render/shard-lines.ts
function shardLines(report) {
  const { shard } = report;
  if (shard === void 0) return [];
  const files = shard.plan.reduce((sum, paths) => sum + paths.length, 0);
  return [
    "",
    `**Shard ${shard.index} of ${shard.count}**: this run mutated ${shard.plan[shard.index - 1]?.length ?? 0} of the change's ${files} file(s) to mutate, and its verdict covers those only. The job that merges the shards' results (merge-shards) gives the change's verdict.`
  ];
}

// src/core/render/markdown-report.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var COMMENT_LIMIT_CHARS = 65536;
var NO_CONTEXT = Object.freeze({ links: void 0, unannotated: 0, notices: [], runUrl: void 0 });
var utf8 = new TextEncoder();
var SUMMARY_BUDGET = { limit: SUMMARY_LIMIT_BYTES, measure: (text) => utf8.encode(text).length };
var VERDICT_TITLES = {
  pass: "\u2705 mutation-gate passed",
  fail: "\u274C mutation-gate failed",
  "no-mutants": "\u2796 mutation-gate: no mutants",
  error: "\u26A0\uFE0F mutation-gate could not decide"
};
var DETAILS = ["full", "compact", "counts"];
function heading(report) {
  return `## ${VERDICT_TITLES[report.verdict.kind]}: ${escapeMarkdown(report.verdict.reason)}`;
}
function comparisonLine(report) {
  const { comparison } = report;
  return `Compared with ${inlineCode(comparison.base)} (${escapeMarkdown(comparison.baseSource)}): changed lines from merge base ${inlineCode(comparison.mergeBase.slice(0, 12))} to HEAD ${inlineCode(comparison.head.slice(0, 12))}.`;
}
function contextLines(context) {
  return [
    ...context.runUrl === void 0 ? [] : ["", link("Full report in the job summary", context.runUrl)],
    ...context.notices.map((notice) => `
> \u26A0\uFE0F ${escapeMarkdown(notice)}`)
  ];
}
function renderScored(report, context, detail) {
  const { survived, uncovered, silentTests: silent } = report;
  const lines = [
    heading(report),
    ...approvalSection(report),
    ...findingsSection(report),
    ...testRunSection(report),
    ...unmeasuredSourceSection(report),
    "",
    comparisonLine(report),
    ...shardLines(report),
    ...reuseLines(report),
    ...budgetLines(report),
    ...setupLines(report),
    ...flakyCheckLines(report.flaky),
    ...isolationLines(report),
    ...packageLines(report),
    ...contextLines(context)
  ];
  if (report.files.length > 0) lines.push("", ...splitTable(report), "", ...fileTable(report));
  const invalid = report.score.total.invalid + report.score.total.ignored;
  if (invalid > 0) {
    lines.push("", `${invalid} mutant(s) with compile or runtime errors, or ignored, are left out of the score.`);
  }
  if (detail === "counts") {
    const undetected = survived.length + uncovered.length + silent.length;
    if (undetected > 0) {
      lines.push(
        "",
        `${survived.length} surviving and ${uncovered.length} uncovered mutant(s), and ${silent.length} test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).`
      );
    }
  } else {
    lines.push(
      ...silentTestSection(silent),
      ...testTallySection(report.testTally, report.config.everyTest),
      ...survivorSection(survived, report.tests, context.links, detail === "compact"),
      ...uncoveredSection(uncovered, context.links),
      ...timeoutSection(report.timeouts),
      ...unjudgedSection(report.unjudged),
      ...flakySection(report.flaky),
      ...packageFlakySections(report)
    );
  }
  if (context.unannotated > 0) {
    lines.push(
      "",
      `${context.unannotated} more line(s) with undetected mutants are not annotated on the diff: GitHub shows at most 10 errors and 10 warnings per step.`
    );
  }
  lines.push(...attributionSection(report), ...notMutatedSection(report));
  return lines;
}
function renderError(report, context) {
  const lines = [heading(report), ...contextLines(context)];
  if (report.details.length > 0) {
    lines.push("", "<pre>", ...report.details.map(escapeMarkdown), "</pre>");
  }
  return lines;
}
function render(report, context, detail) {
  const lines = report.kind === "error" ? renderError(report, context) : renderScored(report, context, detail);
  return `${lines.join("\n")}
`;
}
var CUT_NOTE = "\n\n_The report was cut here to stay within GitHub's size limit; the JSON report has everything._\n";
function trimToBudget(text, budget) {
  const room = budget.limit - budget.measure(CUT_NOTE);
  const kept = [];
  let used = 0;
  for (const line of text.split("\n")) {
    const next = used + (kept.length > 0 ? budget.measure("\n") : 0) + budget.measure(line);
    if (next > room) break;
    kept.push(line);
    used = next;
  }
  return `${kept.join("\n")}${CUT_NOTE}`.slice(0, Math.max(0, budget.limit));
}
function renderReport(report, context, budget) {
  for (const detail of DETAILS) {
    const text = render(report, context, detail);
    if (budget.measure(text) <= budget.limit) return text;
  }
  return trimToBudget(render(report, context, "counts"), budget);
}
function renderSummary(report, context = NO_CONTEXT, maxBytes = SUMMARY_LIMIT_BYTES) {
  return renderReport(report, context, { ...SUMMARY_BUDGET, limit: maxBytes });
}

// src/adapters/pr-comment.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var NOT_AFFECTED = "The comment was not posted; the verdict is unaffected.";
var PERMISSION_HINT = "Pull requests from forks get a read-only token, and commenting needs `permissions: pull-requests: write` in the workflow.";
async function tokenLogin(octokit, timeoutMs) {
  const attempt = "Reading the token's account (GET /user)";
  try {
    const { data } = await octokit.request("GET /user", {});
    const login = data?.login;
    if (typeof login !== "string" || login === "") throw unexpectedAnswer(attempt);
    return login;
  } catch (error2) {
    if (error2 instanceof StepFailure) throw error2;
    const status = httpAnswer(error2)?.status;
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
    throw new StepFailure(describeFailure(attempt, error2, timeoutMs, PERMISSION_HINT));
  }
}
function toExistingComment(item) {
  if (typeof item !== "object" || item === null) return void 0;
  const { id, body, user } = item;
  if (typeof id !== "number") return void 0;
  const login = typeof user === "object" && user !== null ? user.login : void 0;
  return { id, body: typeof body === "string" ? body : "", login: typeof login === "string" ? login : void 0 };
}
async function listComments(octokit, request, timeoutMs) {
  const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
  const attempt = `Listing the comments of pull request #${request.issueNumber} (${route})`;
  const items = await step(
    attempt,
    timeoutMs,
    PERMISSION_HINT,
    () => octokit.paginate(route, { owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: 100 })
  );
  return items.map((item) => {
    const comment2 = toExistingComment(item);
    if (comment2 === void 0) throw unexpectedAnswer(attempt);
    return comment2;
  });
}
function htmlUrlOf(data, attempt) {
  const url = typeof data === "object" && data !== null ? data.html_url : void 0;
  if (typeof url !== "string") throw unexpectedAnswer(attempt);
  return url;
}
async function publish(octokit, request, posted, timeoutMs) {
  const login = await tokenLogin(octokit, timeoutMs);
  const comments = await listComments(octokit, request, timeoutMs);
  const existing = comments.find((comment2) => comment2.login === login && comment2.body.includes(request.marker));
  const where2 = { owner: request.owner, repo: request.repo };
  if (existing !== void 0) {
    const route2 = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
    const attempt2 = `Updating the gate's comment ${existing.id} on pull request #${request.issueNumber} (${route2})`;
    const { data: data2 } = await step(
      attempt2,
      timeoutMs,
      PERMISSION_HINT,
      () => octokit.request(route2, { ...where2, comment_id: existing.id, body: posted })
    );
    return { outcome: "updated", url: htmlUrlOf(data2, attempt2) };
  }
  if (request.mode === "on-failure" && !request.failed) {
    return { outcome: "skipped", reason: "the gate passed and there is no earlier comment to update" };
  }
  const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
  const attempt = `Creating the gate's comment on pull request #${request.issueNumber} (${route})`;
  const { data } = await step(
    attempt,
    timeoutMs,
    PERMISSION_HINT,
    () => octokit.request(route, { ...where2, issue_number: request.issueNumber, body: posted })
  );
  return { outcome: "created", url: htmlUrlOf(data, attempt) };
}
function redact(text, token) {
  return token === "" ? text : text.split(token).join("***");
}
async function publishStickyComment(request) {
  if (request.mode === "never") return { outcome: "skipped", reason: "commenting is off (mode never)" };
  const failed = (warning2) => ({
    outcome: "failed",
    warning: redact(`${warning2} ${NOT_AFFECTED}`, request.token)
  });
  if (request.marker.trim() === "") return failed("The pull request comment has no marker to find it by.");
  const posted = `${request.marker}
${request.body}`;
  if (posted.length > COMMENT_LIMIT_CHARS) {
    return failed(
      `The pull request comment is ${posted.length} characters, over GitHub's limit of ${COMMENT_LIMIT_CHARS}, so it was not sent.`
    );
  }
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    return await publish(await createClient(request.apiUrl, request.token, timeoutMs), request, posted, timeoutMs);
  } catch (error2) {
    if (error2 instanceof StepFailure) return failed(error2.message);
    return failed(`Publishing the pull request comment failed: ${quote(error2 instanceof Error ? error2.message : String(error2))}.`);
  }
}

// src/adapters/run-environment.ts
function workflowPathOf(workflowRef, repository) {
  if (workflowRef === void 0 || repository === void 0 || !workflowRef.startsWith(`${repository}/`)) return void 0;
  const path = workflowRef.slice(repository.length + 1).replace(/@[^@]*$/, "");
  return path === "" ? void 0 : path;
}
function readRunEnvironment(env = process.env) {
  const token = getInput(Inputs.GithubToken);
  if (token !== "") setSecret(token);
  const nonEmpty = (value) => value === void 0 || value === "" ? void 0 : value;
  return {
    serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? "https://github.com").replace(/\/+$/, ""),
    apiUrl: (nonEmpty(env.GITHUB_API_URL) ?? "https://api.github.com").replace(/\/+$/, ""),
    repository: nonEmpty(env.GITHUB_REPOSITORY),
    runId: nonEmpty(env.GITHUB_RUN_ID),
    // Read here, not into Config: the token must never reach the report or the log.
    token,
    workflowPath: workflowPathOf(nonEmpty(env.GITHUB_WORKFLOW_REF), nonEmpty(env.GITHUB_REPOSITORY)),
    eventCommit: nonEmpty(env.GITHUB_SHA)
  };
}

// src/core/render/annotations.ts
var ANNOTATION_LIMITS = Object.freeze({ error: 10, warning: 10 });
var UNDETECTED = /* @__PURE__ */ new Set(["Survived", "NoCoverage"]);
function rank(mutant, failsGate) {
  return (failsGate ? 0 : 2) + (mutant.status === "Survived" ? 0 : 1);
}
function describeLine(mutants) {
  const [first] = mutants;
  const more = mutants.length > 1 ? ` (and ${mutants.length - 1} more mutant(s) on this line)` : "";
  const what = first.status === "Survived" ? "survived" : "is not covered by any test";
  return {
    title: `${first.class === "ai" ? "AI-touched: " : ""}mutant ${what}`,
    message: `${first.mutator}: ${first.original.replaceAll(/\s+/g, " ").trim()} \u2192 ${first.replacement.replaceAll(/\s+/g, " ").trim()}${more}. ${hintFor(first)}`
  };
}
function planAnnotations(mutants, options) {
  const byLine = /* @__PURE__ */ new Map();
  for (const mutant of mutants) {
    if (!UNDETECTED.has(mutant.status)) continue;
    const key = `${mutant.file}
${mutant.line}`;
    byLine.set(key, [...byLine.get(key) ?? [], mutant]);
  }
  const candidates = [...byLine.values()].map((lineMutants) => {
    const failsGate = options.gateFailed && lineMutants.some((mutant) => mutant.aiGated);
    const sorted = [...lineMutants].sort((a, b) => rank(a, failsGate) - rank(b, failsGate));
    return { mutants: sorted, failsGate, rank: rank(sorted[0], failsGate) };
  });
  candidates.sort((a, b) => a.rank - b.rank);
  const used = { error: 0, warning: 0 };
  const annotations = [];
  for (const candidate of candidates) {
    const level = candidate.failsGate ? "error" : "warning";
    if (used[level] >= ANNOTATION_LIMITS[level]) continue;
    used[level] += 1;
    const first = candidate.mutants[0];
    annotations.push({ level, file: options.repositoryPath(first.file), line: first.line, ...describeLine(candidate.mutants) });
  }
  return { annotations, omitted: candidates.length - annotations.length };
}

// src/core/render/comment-marker.ts
function commentMarker(workingDirectory) {
  return `<!-- mutation-gate working-directory=${encodeURIComponent(workingDirectory)} -->`;
}

// src/publish/publish.ts
function linkBase({ report, environment }) {
  if (report.kind !== "scored" || environment.repository === void 0) return void 0;
  return {
    serverUrl: environment.serverUrl,
    repository: environment.repository,
    sha: report.comparison.head,
    repositoryPrefix: report.repositoryPrefix
  };
}
function annotationPlan({ report }) {
  if (report.kind !== "scored" || !report.config.annotations) return { annotations: [], omitted: 0 };
  return planAnnotations(report.mutants, {
    gateFailed: report.verdict.kind === "fail",
    repositoryPath: (path) => `${report.repositoryPrefix}${path}`
  });
}
async function comment(publication, context, ports) {
  const { report, event, environment } = publication;
  const { config } = report;
  const issueNumber = event.pullRequest?.number;
  const [owner, repo] = environment.repository?.split("/") ?? [];
  if (config === void 0 || config.comment === "never" || issueNumber === void 0 || owner === void 0 || repo === void 0) {
    return void 0;
  }
  if (environment.token === "") {
    const warning2 = "No github-token was given, so the PR comment was not posted; the verdict is unaffected.";
    ports.log.warning(warning2);
    return warning2;
  }
  const marker = commentMarker(config.workingDirectory);
  const runUrl = environment.runId === void 0 ? void 0 : `${environment.serverUrl}/${environment.repository}/actions/runs/${environment.runId}`;
  const body = renderReport(
    report,
    { ...context, runUrl },
    { limit: COMMENT_LIMIT_CHARS - marker.length - 1, measure: (text) => text.length }
  );
  const result = await ports.postComment({
    apiUrl: environment.apiUrl,
    token: environment.token,
    owner,
    repo,
    issueNumber,
    marker,
    body,
    mode: config.comment,
    failed: report.verdict.kind === "fail" || report.verdict.kind === "error"
  });
  if (result.outcome === "failed") {
    ports.log.warning(result.warning);
    return result.warning;
  }
  ports.log.info(result.outcome === "skipped" ? `No PR comment: ${result.reason}` : `PR comment ${result.outcome}: ${result.url}`);
  return void 0;
}
var PublishingSteps = class {
  constructor(log) {
    this.log = log;
  }
  log;
  /** What could not be done, for the summary. */
  faults = [];
  /** Runs one step; whether it worked. */
  async attempt(what, work) {
    try {
      await work();
      return true;
    } catch (error2) {
      const warning2 = `Could not ${what} (${error2 instanceof Error ? error2.message : String(error2)}); the verdict is unaffected.`;
      this.log.warning(warning2);
      this.faults.push(warning2);
      return false;
    }
  }
};
async function publish2(publication, ports) {
  const { report, runFiles } = publication;
  const htmlReports = report.kind === "scored" && report.packages.length > 0 ? report.packages.map(({ folder }) => packageRunFiles(runFiles, folder).htmlReportPath) : [runFiles.htmlReportPath];
  const existing = await Promise.all(htmlReports.map(async (path) => await ports.fileExists(path) ? [path] : []));
  const htmlReport = existing.flat().join("\n");
  const shardResult = report.kind === "scored" && report.shard !== void 0 ? runFiles.shardResultPath : "";
  const { [Outputs.Report]: reportPath, ...measured } = actionOutputs(report, { report: runFiles.gateReportPath, htmlReport, shardResult });
  const steps = new PublishingSteps(ports.log);
  await steps.attempt("set the step outputs", () => ports.setOutputs(measured));
  const reportWritten = await steps.attempt("write the gate report", () => ports.writeGateReport(reportPath, buildGateReport(report)));
  await steps.attempt("set the report output", () => ports.setOutputs({ [Outputs.Report]: reportWritten ? reportPath : "" }));
  const plan = annotationPlan(publication);
  await steps.attempt("annotate the diff", () => ports.annotate(plan.annotations));
  const context = { links: linkBase(publication), unannotated: plan.omitted, notices: [], runUrl: void 0 };
  const commentWarning = await comment(publication, context, ports);
  const notices = [...steps.faults, ...commentWarning === void 0 ? [] : [commentWarning]];
  await steps.attempt("write the job summary", () => ports.writeJobSummary(renderSummary(report, { ...context, notices })));
  ports.log.info(
    `Gate report: ${reportWritten ? reportPath : "not written"}${htmlReport === "" ? "" : `; Stryker's HTML report: ${htmlReport.replaceAll("\n", ", ")}`}`
  );
}

// src/main.ts
var ACTION_STRYKER_SETS = fileURLToPath(new URL("../bundled-stryker", import.meta.url));
var PUBLISH_PORTS = {
  writeGateReport,
  writeJobSummary,
  setOutputs,
  annotate: emitAnnotations,
  fileExists,
  postComment: publishStickyComment,
  log: actionsLog
};
async function readEvent() {
  try {
    return { event: await readGateEvent(), problem: void 0 };
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message : String(error2);
    return {
      event: decodeEvent(process.env.GITHUB_EVENT_NAME ?? "", {}),
      problem: `The workflow run's event file (GITHUB_EVENT_PATH) could not be read, so nothing was run: ${reason}`
    };
  }
}
async function decideInWorkflow(runFiles, { event, problem }, environment) {
  const settings = settingsOf(readRawInputs(), process.version);
  if ("stop" in settings) return settings.stop;
  const { config } = settings;
  if (problem !== void 0) return errorReport(config, problem);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  return decide(
    config,
    async () => ({ config, event, workspace, runFiles, workflowPath: environment.workflowPath, eventCommit: environment.eventCommit }),
    localGatePorts(actionsLog, environment, bundledStrykerPlaces(ACTION_STRYKER_SETS))
  );
}
async function run() {
  try {
    const environment = readRunEnvironment();
    const runFiles = await createRunFiles();
    const read = await readEvent();
    const report = await decideInWorkflow(runFiles, read, environment);
    await publish2({ report, event: read.event, runFiles, environment }, PUBLISH_PORTS);
    if (report.kind === "error") await printUntrusted(report.details);
    const errorFails = report.kind === "error" && (report.config?.onError !== "warn" || report.tampering);
    if (report.kind === "scored" && report.shard !== void 0 && report.verdict.kind === "fail") {
      info(`Shard ${report.shard.index} of ${report.shard.count}, on its own: ${report.verdict.reason}`);
    } else if (report.verdict.kind === "fail" || errorFails) {
      setFailed(report.verdict.reason);
    } else if (report.verdict.kind === "error") {
      warning(`${report.verdict.reason} (on-error: warn, so the step does not fail)`);
    } else {
      info(report.verdict.reason);
    }
  } catch (error2) {
    setOutput(Outputs.Verdict, "error");
    if (error2 instanceof Error && error2.stack !== void 0) await printUntrusted(error2.stack.split("\n"));
    setFailed(`mutation-gate stopped unexpectedly: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
}

// src/index.ts
await run();
//# sourceMappingURL=index.js.map
