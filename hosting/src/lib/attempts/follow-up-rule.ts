import { offlineFollowUp } from '@candor/core';
import type { FollowUpRule } from './practice-flow';

/**
 * The follow-up rule on its own, for a dynamic import: it brings the scorer and every rubric,
 * which the room page should not load before a practice interview starts.
 */
export const followUpRule: FollowUpRule = offlineFollowUp;
