// The package as an ES module user gets it (after `npm run build`): `node examples/esm.mjs`.
import { readFileSync } from 'node:fs';
import { analyze } from 'copydesk';

const page = readFileSync(new URL('../test/fixtures/002_ba402d13770ffab5.txt', import.meta.url), 'utf8');
const { title, quotes, entities, numbers } = analyze(page);
console.log(title);
console.log(`${quotes.length} quotes, first by ${quotes[0]?.speaker?.name}`);
console.log(
  `people: ${entities
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.name)
    .join(', ')}`,
);
console.log(`numbers: ${numbers.map((n) => n.text).join('; ')}`);
