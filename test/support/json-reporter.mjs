// Vitest's JSON report, plus the errors Vitest raised outside any test ("unhandled errors": a timer
// firing after its test, a rejection nobody caught). The stock report leaves them out, yet they fail the
// run; the CI summary reads them from here to count and name them.
//   vitest run --reporter=./test/support/json-reporter.mjs --outputFile=test-results/vitest.json
import path from 'node:path';
import { JsonReporter } from 'vitest/reporters';

export default class JsonReporterWithUnhandledErrors extends JsonReporter {
  /** @type {{ name: string, message: string, file: string | null, test: string | null }[]} */
  unhandledErrors = [];

  async onTestRunEnd(testModules, unhandledErrors = [], reason) {
    const root = this.ctx?.config.root ?? process.cwd();
    this.unhandledErrors = unhandledErrors.map((error) => ({
      name: String(error?.name ?? 'Error'),
      message: String(error?.message ?? error),
      file: error?.VITEST_TEST_PATH ? path.relative(root, error.VITEST_TEST_PATH) : null,
      test: error?.VITEST_TEST_NAME ?? null,
    }));
    await super.onTestRunEnd(testModules, unhandledErrors, reason);
  }

  async writeReport(report) {
    const json = JSON.parse(report);
    json.unhandledErrors = this.unhandledErrors;
    if (this.unhandledErrors.length > 0) json.success = false;
    await super.writeReport(JSON.stringify(json));
  }
}
