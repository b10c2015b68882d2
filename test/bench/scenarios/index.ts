import type { BenchScenario } from '../scenario';
import { storageScenario } from './storage';

/** Every scenario `npm run bench` runs, in order. */
export const scenarios: readonly BenchScenario[] = [storageScenario];
