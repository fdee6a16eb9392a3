/**
 * Who said what: every quotation of a news text with its speaker, resolved to a full name, and
 * the verb that introduced it.
 *
 *   npx tsx examples/quotes.ts
 */
import { extractQuotes } from '../src/index.js';

const article = `Jim Lewis, a former U.S. diplomat, has watched China's intelligence services for 30 years.

"They could be plotting. It's happened before," Lewis said. "They could be agents of a foreign power."

"It's hard to do things in China without access to it," he explained.

The spokesperson, Mao Ning, remarked, "I am not familiar with this issue."

Lewis called the "honeypot" strategy common, and described the operation as "the biggest espionage operation in its history."`;

for (const quote of extractQuotes(article)) {
  const speaker = quote.speaker
    ? `${quote.speaker.name} (via ${quote.speaker.via}, "${quote.speaker.text}")`
    : 'nobody';
  console.log(`${quote.kind.padEnd(8)} ${JSON.stringify(quote.text)}`);
  console.log(`         said by ${speaker}${quote.cue ? `, cue "${quote.cue.text}"` : ''}`);
}
