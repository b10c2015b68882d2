import type { BenchScenario } from '../scenario';
import { autosaveScenario } from './autosave';
import { insightsDashboardScenario } from './insightsDashboard';
import { mediaImportScenario } from './mediaImport';
import { publishOverheadScenario } from './publishOverhead';
import { schedulingLatenessScenario } from './schedulingLateness';
import { startupRehydrationScenario } from './startupRehydration';
import { storageScenario } from './storage';

/** Every scenario `npm run bench` runs, in order. */
export const scenarios: readonly BenchScenario[] = [storageScenario, autosaveScenario, mediaImportScenario, schedulingLatenessScenario, startupRehydrationScenario, publishOverheadScenario, insightsDashboardScenario];
