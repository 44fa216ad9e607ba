import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints one line CI can count: "e2e summary: N passed, N failed". */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    void test;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status !== 'skipped') this.failed += 1;
  }

  onEnd(): void {
    console.log(`e2e summary: ${this.passed} passed, ${this.failed} failed`);
  }
}
