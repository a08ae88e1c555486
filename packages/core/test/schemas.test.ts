import { createInterviewInputSchema } from '../src';

describe('createInterviewInputSchema', () => {
  const valid = {
    role: '  Frontend   Engineer ',
    level: 'mid',
    type: 'technical',
    techStack: ['React', 'react', 'TypeScript'],
    questionCount: 5,
  };

  it('normalises whitespace and removes duplicate technologies', () => {
    const parsed = createInterviewInputSchema.parse(valid);
    expect(parsed.role).toBe('Frontend Engineer');
    expect(parsed.techStack).toEqual(['React', 'TypeScript']);
    expect(parsed.jobDescription).toBeUndefined();
  });

  it('names the field that is wrong', () => {
    const result = createInterviewInputSchema.safeParse({ ...valid, questionCount: 16 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['questionCount']);
    expect(result.error?.issues[0]?.message).toBe('At most 15 questions');
  });

  it('rejects a job description over 8,000 characters', () => {
    const result = createInterviewInputSchema.safeParse({
      ...valid,
      jobDescription: 'x'.repeat(8001),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['jobDescription']);
  });
});
