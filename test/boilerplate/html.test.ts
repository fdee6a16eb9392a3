/**
 * HTML input: format detection, markup cues, metadata, spans into the HTML, and robustness.
 * The pages are shaped like real news pages (a CMS template with menus, a cookie banner,
 * share bar, byline, caption, sidebar, related stories, comments and footer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { detectFormat } from '../../src/boilerplate/format.js';
import { cueOfElement } from '../../src/boilerplate/html/cues.js';
import { stripBoilerplate } from '../../src/boilerplate/index.js';
import { describeAdversarial, timeBound } from '../helpers/adversarial.js';
import { htmlInput } from '../helpers/properties.js';
import { expectHtmlSpansIn } from '../helpers/spans.js';

const PAGE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'html', 'json-ld.html'), 'utf8');
const HEADLINE = 'Harbour plan wins backing from the council';
const BODY = [
  'The city council voted on Tuesday to back a £20 million plan to rebuild the old harbour, ending a dispute that has divided the town for more than a decade.',
  'Councillors approved the scheme by 31 votes to 12 after a four-hour debate in which residents of the docks argued that the work would bring jobs & visitors back to the waterfront.',
  'What happens next',
  '“This is a good day for the city,” said Jane Smith, the council’s leader, who has championed the plan since she was elected in 2019.',
  'Work on the first phase, which includes a new sea wall and a public square, is due to start in May and to finish by the end of next year, the council said.',
  'Phase one: the sea wall and the square',
  'Phase two: the fish market and the ferry terminal',
  'Opponents said they would ask the government to review the decision, arguing that the council had not consulted the fishing families who still work from the quay.',
].join('\n\n');

/** The page with its `<head>` metadata replaced. */
function withHead(head: string, page = PAGE): string {
  return page.replace(/<head>[\s\S]*<\/head>/, `<head>${head}</head>`);
}

const OPEN_GRAPH = withHead(
  `<title>Harbour plan | The Daily Courier</title><meta property="og:title" content="${HEADLINE}"><meta property="article:published_time" content="2024-03-04T23:10:00-05:00">`,
);
const TIME_ONLY = withHead('<title>The Daily Courier</title>');
const NO_METADATA = withHead('<title>The Daily Courier</title>').replace(/<time[^>]*>([^<]*)<\/time>/, '$1');

function reasonOf(html: string, text: string): string | undefined {
  const block = stripBoilerplate(html).blocks.find((b) => b.text.startsWith(text));
  return block?.reason ?? block?.kind;
}

describe('stripBoilerplate: format', () => {
  it('detects HTML by its opening or outline, and leaves text that mentions a tag as text', () => {
    expect(detectFormat(PAGE)).toBe('html');
    expect(detectFormat('  \n<div class="a">x</div>')).toBe('html');
    expect(detectFormat('\ufeff<p>One paragraph.</p>')).toBe('html');
    expect(detectFormat('Some text\n<body>\n</body>')).toBe('html');
    expect(detectFormat('Use the <p> tag for paragraphs, the guide says.')).toBe('text');
    expect(detectFormat('3 < 4 and <b is not a tag')).toBe('text');
    expect(detectFormat('')).toBe('text');
  });

  it('follows the format option over detection', () => {
    const asText = stripBoilerplate(PAGE, { format: 'text' });
    expect(asText.blocks.some((b) => b.text.includes('<p>'))).toBe(true);
    const forced = stripBoilerplate('<x-card>Plain words here.</x-card>', { format: 'html' });
    expect(forced.blocks.map((b) => b.text)).toEqual(['Plain words here.']);
  });
});

describe('stripBoilerplate: HTML body', () => {
  const result = stripBoilerplate(PAGE);

  it('keeps the article, its heading and its list, and nothing else', () => {
    expect(result.body).toBe(BODY);
  });

  it('decodes entities in the text and points every span at the source', () => {
    const first = result.blocks.find((b) =>
      b.text.startsWith('The city council'),
    ) as (typeof result.blocks)[0];
    expect(first.text).toContain('£20 million');
    expect(PAGE.slice(first.start, first.end)).toContain('&pound;20 million');
    expect(PAGE.slice(first.start, first.start + 8)).toBe('The city');
    expect(PAGE.slice(first.end - 7, first.end)).toBe('decade.');
    expect(expectHtmlSpansIn(PAGE, result)).toBeGreaterThan(20);
  });

  it('gives markup reasons for the furniture', () => {
    expect(reasonOf(PAGE, 'Home')).toBe('navigation');
    expect(reasonOf(PAGE, 'We use cookies')).toBe('legal');
    expect(reasonOf(PAGE, 'By Ann Lee')).toBe('metadata');
    expect(reasonOf(PAGE, 'Share on Facebook')).toBe('share');
    expect(reasonOf(PAGE, 'The old harbour at dawn')).toBe('credits');
    expect(reasonOf(PAGE, 'Storm closes the coast road')).toBe('related');
    expect(reasonOf(PAGE, 'Council delays harbour vote')).toBe('related');
    expect(reasonOf(PAGE, 'I have lived here all my life')).toBe('comments');
    expect(reasonOf(PAGE, 'Copyright')).toBe('navigation');
  });

  it('reads furniture class names in the other languages of common templates', () => {
    const page = PAGE.replace('id="comments" class="comments-area"', 'class="area-comentarios"').replace(
      'class="related-stories"',
      'class="noticias-relacionadas"',
    );
    expect(reasonOf(page, 'I have lived here all my life')).toBe('comments');
    expect(reasonOf(page, 'Council delays harbour vote')).toBe('related');
    expect(stripBoilerplate(page).body).toBe(BODY);
  });

  it('never shows scripts, styles, or hidden elements', () => {
    const texts = result.blocks.map((b) => b.text).join('\n');
    expect(texts).not.toContain('dataLayer');
    expect(texts).not.toContain('not text');
    expect(texts).not.toContain('color:red');
    expect(texts).not.toContain('Hidden text');
    expect(texts).not.toContain('Another hidden paragraph');
  });

  it('ignores a furniture class on an element that wraps the whole article', () => {
    const wrapped = PAGE.replace(
      '<main id="main">',
      '<main id="main"><div class="post-with-comments">',
    ).replace('</main>', '</div></main>');
    expect(stripBoilerplate(wrapped).body).toBe(BODY);
  });

  it('keeps an embedded post the article quotes', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The harbour vote is the best news the town has had in years, and we will be there in May.</p></blockquote></div>';
    const page = PAGE.replace('<h2>What happens next</h2>', `${tweet}<h2>What happens next</h2>`);
    expect(stripBoilerplate(page).body).toContain('The harbour vote is the best news');
  });

  it('keeps a table of short cells inside the article', () => {
    const table =
      '<table><tr><th>Party</th><th>Votes</th></tr><tr><td>For</td><td>31</td></tr><tr><td>Against</td><td>12</td></tr></table>';
    const page = PAGE.replace('<h2>What happens next</h2>', `${table}<h2>What happens next</h2>`);
    const body = stripBoilerplate(page).body;
    for (const cell of ['Party', 'Votes', 'For', '31', 'Against', '12'])
      expect(body.split('\n\n')).toContain(cell);
  });

  it('keeps the line breaks of preformatted text', () => {
    const code = '<pre>const harbour = plan();\n  harbour.build(2024);\nreport(harbour);</pre>';
    const page = PAGE.replace('<h2>What happens next</h2>', `${code}<h2>What happens next</h2>`);
    const texts = stripBoilerplate(page).blocks.map((b) => b.text);
    expect(texts).toContain('const harbour = plan();');
    expect(texts).toContain('harbour.build(2024);');
    expect(texts).toContain('report(harbour);');
  });

  it('keeps a long table and its heading that split the article in two', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `<tr><td>Player ${i + 1}</td><td>${60 - i}</td><td>${90 - i}%</td></tr>`,
    );
    const table = `<h3>Snap counts</h3><table><tr><th>Player</th><th>Plays</th><th>Share</th></tr>${rows.join('')}</table>`;
    const page = PAGE.replace('<h2>What happens next</h2>', `${table}<h2>What happens next</h2>`);
    const blocks = stripBoilerplate(page).blocks;
    const kindOf = (text: string): string | undefined => blocks.find((b) => b.text === text)?.kind;
    expect(kindOf('Snap counts')).toBe('heading');
    expect(kindOf('Player 1')).toBe('content');
    expect(kindOf('90%')).toBe('content');
    expect(kindOf('Player 40')).toBe('content');
    expect(stripBoilerplate(page).body).toContain(BODY.split('\n\n')[0]);
  });

  it('drops screen-reader text but keeps what is hidden on small screens only', () => {
    const page = PAGE.replace(
      '<h2>What happens next</h2>',
      '<span class="sr-only">Advertisement</span><h2 class="hidden-xs">What happens next</h2>',
    );
    const result = stripBoilerplate(page);
    expect(result.blocks.find((b) => b.text === 'Advertisement')?.kind).toBe('boilerplate');
    expect(result.body).toBe(BODY);
  });

  it('keeps a list-only article when the page description quotes it', () => {
    const stages = [
      'Stage 1: 10 March – Lisbon',
      'Stage 2: 8 April – Porto',
      'Stage 3: 22 April – Braga',
      'Stage 4: 6 May – Faro',
    ];
    const page = `<!doctype html><html><head><meta property="og:description" content="Share this ${stages.join(' ')} and more"></head><body>
<nav><a href="/">Home</a><a href="/races">Races</a></nav>
<div class="post"><h1>Race calendar 2018</h1><p>${stages.join('<br>\n')}</p>
<p style="font-size:10px">NOTE: Comments with unreadable text or that lack respect for other users will not be approved by the moderators of this site.</p></div>
</body></html>`;
    const body = stripBoilerplate(page).body;
    for (const stage of stages) expect(body).toContain(stage);
  });
});

describe('stripBoilerplate: HTML title and date', () => {
  it('JSON-LD: headline and datePublished, before OpenGraph and the meta tags', () => {
    const result = stripBoilerplate(PAGE);
    expect(result.title).toBe(HEADLINE);
    expect(result.published).toBe('2024-03-05');
    expect(result.blocks.find((b) => b.kind === 'title')?.text).toBe(HEADLINE);
  });

  it('OpenGraph: og:title and article:published_time (the date as the page writes it)', () => {
    const result = stripBoilerplate(OPEN_GRAPH);
    expect(result.title).toBe(HEADLINE);
    expect(result.published).toBe('2024-03-04');
  });

  it('<time datetime> when no meta tag states the date; the headline from the page', () => {
    const result = stripBoilerplate(TIME_ONLY);
    expect(result.published).toBe('2024-03-05');
    expect(result.title).toBe(HEADLINE);
    expect(result.body).toBe(BODY);
  });

  it('no metadata at all: no date, the headline found by the text rules', () => {
    const result = stripBoilerplate(NO_METADATA);
    expect(result.published).toBe(null);
    expect(result.title).toBe(HEADLINE);
    expect(result.body).toBe(BODY);
  });

  it('skips a stated date that does not exist (30 February) for the next source', () => {
    const page = withHead(
      '<title>The Daily Courier</title><meta property="article:published_time" content="2024-02-30T10:00:00Z">',
    );
    expect(stripBoilerplate(page).published).toBe('2024-03-05');
  });

  it('skips malformed JSON-LD and non-article nodes', () => {
    const page = withHead(
      `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><script type="application/ld+json">{"@type":"Organization","name":"The Daily Courier"}</script><meta property="og:title" content="${HEADLINE}">`,
    );
    const result = stripBoilerplate(page);
    expect(result.title).toBe(HEADLINE);
    expect(result.published).toBe('2024-03-05');
  });
});

describe('analyze: HTML', () => {
  const result = analyze(PAGE);

  it('finds quotes, entities and numbers of the body, at offsets into the HTML', () => {
    const quote = result.quotes.find((q) => q.text.startsWith('This is a good day'));
    expect(quote?.speaker?.name).toBe('Jane Smith');
    expect(PAGE.slice(quote?.start, quote?.end)).toBe(quote?.text);
    const names = result.entities.map((e) => e.name);
    expect(names).toContain('Jane Smith');
    expect(names).not.toContain('Ann Lee');
    const votes = result.numbers.find((n) => n.text === '31 votes');
    expect(votes).toBeDefined();
    expect(PAGE.slice(votes?.start, votes?.end)).toBe('31 votes');
  });

  it('finds nothing in furniture', () => {
    const outside = result.blocks.filter((b) => b.kind !== 'content' && b.kind !== 'heading');
    for (const e of result.entities)
      for (const m of e.mentions)
        expect(
          outside.some((b) => m.start < b.end && m.end > b.start),
          m.text,
        ).toBe(false);
    expect(result.title).toBe(HEADLINE);
    expect(result.language).toBe('eng');
  });
});

describe('stripBoilerplate: bad HTML', () => {
  const cases: [string, () => string][] = [
    [
      'unclosed tags',
      () => `<html><body><div><p>${'An unclosed paragraph of text that goes on. <b><i><span>'.repeat(5000)}`,
    ],
    [
      '50k nested divs',
      () =>
        `<html><body>${'<div class="comment">'.repeat(50_000)}Deep text.${'</div>'.repeat(50_000)}</body></html>`,
    ],
    ['50k unclosed nested divs', () => `<html><body>${'<div><section>'.repeat(50_000)}Deep text.`],
    [
      'a 20 MB page',
      () =>
        `<html><body><article>${`<p>${'The council voted on Tuesday to back the plan, residents said. '.repeat(4)}</p>\n`.repeat(Math.ceil(20_000_000 / 270))}</article></body></html>`,
    ],
    [
      'binary junk after a doctype',
      () =>
        `<!doctype html>${Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('')}`,
    ],
    [
      'no body',
      () =>
        '<html><head><title>Only a title</title><meta property="og:title" content="Only a title"></head></html>',
    ],
    ['attributes without end', () => `<div class="${'a '.repeat(200_000)}`],
    [
      'huge JSON-LD',
      () =>
        `<html><head><script type="application/ld+json">${'['.repeat(100_000)}</script></head><body><p>Text.</p></body></html>`,
    ],
  ];
  for (const [name, make] of cases) {
    it(`${name}: a valid result in linear time`, () => {
      const html = make();
      const started = performance.now();
      const result = stripBoilerplate(html, { format: 'html' });
      expect(performance.now() - started).toBeLessThan(timeBound(html.length));
      let previous = 0;
      for (const block of result.blocks) {
        expect(block.start).toBeGreaterThanOrEqual(previous);
        expect(block.end).toBeLessThanOrEqual(html.length);
        expect(block.text.length).toBeGreaterThan(0);
        previous = block.end;
      }
      expect(typeof result.body).toBe('string');
    }, 120_000);
  }

  it('deep nesting costs linear time (four times the depth, well under sixteen times the time)', () => {
    const time = (depth: number): number => {
      const html = `<html><body>${'<div><section>'.repeat(depth)}Deep text.${'</span>'.repeat(depth)}`;
      const started = performance.now();
      stripBoilerplate(html, { format: 'html' });
      return performance.now() - started;
    };
    time(5_000);
    const small = Math.min(time(20_000), time(20_000));
    const large = Math.min(time(80_000), time(80_000));
    expect(large / small).toBeLessThan(10);
  }, 120_000);

  it('no body: the title from the metadata, an empty body', () => {
    const result = stripBoilerplate(cases[5]?.[1]() ?? '');
    expect(result.title).toBe('Only a title');
    expect(result.body).toBe('');
  });
});

describeAdversarial(
  'stripBoilerplate (format html)',
  (text) => stripBoilerplate(text, { format: 'html' }),
  (input, output) => {
    const blocks = (output as ReturnType<typeof stripBoilerplate>).blocks;
    for (const block of blocks) {
      expect(block.start).toBeGreaterThanOrEqual(0);
      expect(block.end).toBeLessThanOrEqual(input.length);
    }
  },
);

describe('stripBoilerplate: HTML properties', () => {
  it('spans lie in order inside the input, and the body is the kept blocks joined', () => {
    fc.assert(
      fc.property(htmlInput, (html) => {
        const result = stripBoilerplate(html);
        let previous = 0;
        for (const block of result.blocks) {
          if (block.start < previous || block.end > html.length || block.start > block.end) return false;
          previous = block.end;
        }
        const kept = result.blocks.filter((b) => b.kind === 'content' || b.kind === 'heading');
        return result.body === kept.map((b) => b.text).join('\n\n');
      }),
      { numRuns: 300 },
    );
  });

  it('the visible text of every block is its source span, on markup without scripts in paragraphs', () => {
    const plain = fc
      .array(
        fc.oneof(
          fc.constantFrom('<p>', '</p>', '<li>', '<b>', '</b>', '&amp;', '&nbsp;', '&#8220;', ' ', '\n'),
          fc.stringMatching(/^[A-Za-z .,]{1,20}$/),
        ),
        { maxLength: 50 },
      )
      .map((parts) => `<html><body>${parts.join('')}</body></html>`);
    fc.assert(
      fc.property(plain, (html) => {
        expectHtmlSpansIn(html, stripBoilerplate(html).blocks);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('HTML class cues', () => {
  it('a share button that names its network is a share bar; an embedded post is not furniture', () => {
    expect(cueOfElement('div', { class: 'share-twitter' })).toBe('share');
    expect(cueOfElement('a', { class: 'twitter-share-button' })).toBe('share');
    expect(cueOfElement('blockquote', { class: 'twitter-tweet' })).toBeNull();
  });
});
