/**
 * Run with `npx tsx examples/entities.ts`: people, organisations and places in a news paragraph,
 * each with its mentions grouped.
 */
import { extractEntities } from '../src/index.js';

const text =
  "China's Ministry of State Security (MSS) is the world's largest spy agency, Jim Lewis, a " +
  'former U.S. diplomat, told 60 Minutes. Lewis said the MSS recruits in Brussels and Hong Kong, ' +
  'and that President Xi Jinping has made security a priority. Xi has led the Chinese Communist ' +
  'Party since 2012.';

for (const entity of extractEntities(text)) {
  const forms = [...new Set(entity.mentions.map((m) => m.text))].join(' / ');
  console.log(`${entity.type.padEnd(12)} ${entity.name.padEnd(28)} ${forms}`);
}

// Only people, with the offsets of each mention:
for (const person of extractEntities(text, { types: ['PERSON'] })) {
  console.log(
    person.name,
    person.mentions.map((m) => [m.start, m.end]),
  );
}

// Text in another language gives no entities unless the caller says it is English:
console.log(extractEntities('Le président a rencontré mardi à Paris son homologue allemand.'));
