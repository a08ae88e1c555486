import { LIMITS, normalizeSingleLine, normalizeTechName } from '@candor/core';

/** Offered as the candidate types; anything else they type is accepted as written. */
export const TECH_SUGGESTIONS: readonly string[] = [
  'React',
  'TypeScript',
  'JavaScript',
  'Node.js',
  'Python',
  'Java',
  'Go',
  'Rust',
  'C#',
  'C++',
  'Kotlin',
  'Swift',
  'Ruby',
  'Ruby on Rails',
  'PHP',
  'Scala',
  'SQL',
  'PostgreSQL',
  'MySQL',
  'MongoDB',
  'Redis',
  'Elasticsearch',
  'Kafka',
  'GraphQL',
  'REST APIs',
  'gRPC',
  'Next.js',
  'Vue',
  'Angular',
  'Svelte',
  'HTML',
  'CSS',
  'Tailwind CSS',
  'React Native',
  'Flutter',
  'Android',
  'iOS',
  'Spring Boot',
  '.NET',
  'Django',
  'Flask',
  'FastAPI',
  'Express',
  'AWS',
  'Google Cloud',
  'Azure',
  'Firebase',
  'Docker',
  'Kubernetes',
  'Terraform',
  'Linux',
  'Git',
  'CI/CD',
  'Microservices',
  'System Design',
  'Machine Learning',
  'PyTorch',
  'TensorFlow',
  'Pandas',
  'Spark',
  'Airflow',
  'dbt',
  'Snowflake',
  'Figma',
];

const MAX_SHOWN = 8;

/** Suggestions containing the typed text, names starting with it first, minus those chosen. */
export function filterSuggestions(
  draft: string,
  chosen: readonly string[],
  all: readonly string[] = TECH_SUGGESTIONS,
): string[] {
  const needle = draft.trim().toLowerCase();
  if (needle === '') return [];
  const taken = new Set(chosen.map(normalizeTechName));
  const matches = all.filter(
    (name) => name.toLowerCase().includes(needle) && !taken.has(normalizeTechName(name)),
  );
  const starts = matches.filter((name) => name.toLowerCase().startsWith(needle));
  const rest = matches.filter((name) => !name.toLowerCase().startsWith(needle));
  return [...starts, ...rest].slice(0, MAX_SHOWN);
}

export interface AddResult {
  stack: string[];
  /** Text that could not be added, left in the input for the candidate to fix. */
  leftover: string;
  message: string | null;
}

/**
 * Adds one or more comma-separated technologies. A known name is stored in its usual spelling
 * ("postgresql" becomes "PostgreSQL"); duplicates are dropped, as the server would drop them.
 */
export function addTechnologies(stack: readonly string[], text: string): AddResult {
  const parts = text.split(',');
  const next = [...stack];
  let message: string | null = null;
  for (const [index, part] of parts.entries()) {
    // The server's own normalisation: text nobody can see is not a technology.
    const name = normalizeSingleLine(part);
    if (name === '') continue;
    const leftover = parts.slice(index).join(',').trim();
    if (name.length > LIMITS.techItem) {
      return {
        stack: next,
        leftover,
        message: `Each technology must be at most ${String(LIMITS.techItem)} characters`,
      };
    }
    const key = normalizeTechName(name);
    const known = TECH_SUGGESTIONS.find((s) => normalizeTechName(s) === key && key !== '');
    const canonical = known ?? name;
    const duplicate = next.find(
      (s) =>
        s.toLowerCase() === canonical.toLowerCase() || (key !== '' && normalizeTechName(s) === key),
    );
    if (duplicate !== undefined) {
      message = `${duplicate} is already in your stack`;
      continue;
    }
    if (next.length >= LIMITS.techStack) {
      return {
        stack: next,
        leftover,
        message: `At most ${String(LIMITS.techStack)} technologies`,
      };
    }
    next.push(canonical);
  }
  return { stack: next, leftover: '', message };
}
