/**
 * Pulling the numbers out of a news paragraph: `npx tsx examples/numbers.ts`.
 */
import { extractNumbers } from '../src/index.js';

const text =
  'With an estimated 800,000 staff, the ministry has grown since 1983. On May 18, 2025, ' +
  '60 Minutes reported that more than 100,000 servers were hit and a $130,000 bounty was ' +
  'offered. Li was sentenced to five years; a 10-year term followed in the 1940s-style trial.';

for (const q of extractNumbers(text)) {
  const value = q.date ?? q.value;
  console.log(
    `${q.kind.padEnd(9)} ${JSON.stringify(q.text).padEnd(30)} value=${value} unit=${q.unit} modifier=${q.modifier}`,
  );
}

// Only the money and the counts:
console.log(extractNumbers(text, { kinds: ['money', 'count'] }).map((q) => `${q.value} ${q.unit}`));
