import { rmSync } from 'node:fs';
import { TEST_BUILDS } from './build';

// Builds are cached per run, never across runs: a stale build must not pass a test.
export default function setup(): void {
	rmSync(TEST_BUILDS, { recursive: true, force: true });
}
