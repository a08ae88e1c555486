import { readAnswers, rubricForQuestion, substanceOf, lexiconShare, isNotEnglish, isGraderDirected } from '@candor/core';
import { contentStems } from '../../packages/core/src/feedback/text';
import { HOLDOUT_2 } from './holdout-2';
import { HOLDOUT } from './holdout';
import { CORPUS } from './corpus';
import { questionText } from './types';
const all = [...HOLDOUT_2.answers, ...HOLDOUT_2.adversarial, ...HOLDOUT.answers, ...HOLDOUT.adversarial, ...CORPUS.answers, ...CORPUS.adversarial];
for (const id of process.argv.slice(2)) {
  const a = all.find((x) => x.id === id)!;
  const text = questionText(a.questionId, a.role);
  const q = { id: 'q1', text, kind: 'technical' as const, bankId: a.questionId };
  const [r] = readAnswers([q], [{ role: 'agent', text }, { role: 'user', text: a.answer }], rubricForQuestion);
  console.log('==', id, r!.status, [...r!.flags], 'onTopic', r!.onTopic, 'lex', lexiconShare(a.answer).toFixed(2), isNotEnglish(a.answer));
  console.log('Q:', text);
  console.log('substance:', substanceOf(r!.sentences.map((s) => s.quote).join(' '), contentStems(text)).join(' '));
  for (const s of r!.setAside) console.log('  aside:', s.quote.slice(0, 120));
  for (const c of r!.covered) console.log('  +', c.point.id, '|', c.quote.slice(0, 140));
  for (const m of r!.misconceptions) console.log('  !', m.misconception.id, '|', m.quote.slice(0, 100));
  for (const m of r!.missed) console.log('  -', m.id);
}
