import type { Engine, InterviewType, Level, QuestionKind } from '@candor/core';

export const LEVEL_LABELS: Record<Level, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
};

export const TYPE_LABELS: Record<InterviewType, string> = {
  technical: 'Technical',
  behavioral: 'Behavioral',
  mixed: 'Mixed',
};

export const KIND_LABELS: Record<QuestionKind, string> = {
  technical: 'Technical',
  behavioral: 'Behavioral',
};

export const ENGINE_LABELS: Record<Engine, { label: string; description: string }> = {
  gemini: {
    label: 'Written by Gemini',
    description: 'Gemini wrote these questions for the role, level and stack you described.',
  },
  offline: {
    label: 'Offline question bank',
    description:
      'No AI model is configured, so these questions come from the built-in question bank.',
  },
};
