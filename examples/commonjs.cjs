// The package as a CommonJS user gets it (after `npm run build`): `node examples/commonjs.cjs`.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { compareDocuments } = require('copydesk');

const fixtures = join(__dirname, '..', 'test', 'fixtures');
const copy = readFileSync(join(fixtures, '001_57b294f25469d0e0.txt'), 'utf8');
const original = readFileSync(join(fixtures, '002_ba402d13770ffab5.txt'), 'utf8');
const result = compareDocuments(copy, original);
console.log(`${result.relation} (score ${result.score.toFixed(3)}), original: ${result.original}`);
for (const change of result.changes.slice(0, 5)) {
  console.log(`  ${change.kind}: ${change.a?.text ?? '-'} -> ${change.b?.text ?? '-'}`);
}
