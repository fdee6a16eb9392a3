/**
 * Strip a scraped page down to its article: `npx tsx examples/boilerplate.ts`.
 */
import { stripBoilerplate } from '../src/index.js';

const page = [
  'Skip to main content',
  'Ministry warns of parcel scams',
  'Share',
  'date 2025-05-19 The ministry said on Tuesday that it had found several parcels that were used to carry out scams, and it asked people to report them.',
  '',
  'Officials said the parcels had been sent from abroad over the past year and that the police were looking into the matter.',
  '',
  'Comments',
  'Great article, thanks for sharing this with all of us here on the blog today!',
].join('\n');

const result = stripBoilerplate(page);
console.log('title:', result.title);
console.log('published:', result.published);
console.log('language:', result.language);
console.log('body:\n' + result.body);
for (const block of result.blocks) {
  console.log(
    `${block.kind.padEnd(11)} ${(block.reason ?? '').padEnd(10)} ${block.score.toFixed(2)}  ${block.text.slice(0, 60)}`,
  );
}
